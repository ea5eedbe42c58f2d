namespace NetworkGraph.Api.Search;

public static class SearchField
{
    public const int MaxTextLength = 200;

    public static void AddSearch(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("search")
            .Description("Nodes of any kind whose name, title, acronym or id contains the text, ignoring case and accents; best matches first.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<IntGraphType>("first", $"How many results: 1 to {PagingArguments.MaxPageSize}, {PagingArguments.DefaultPageSize} when omitted.")
            .Resolve()
            .WithServices<IGraphStore, Viewer>()
            .ResolveAsync(async (c, store, viewer) =>
            {
                var text = c.GetArgument<string>("text").Trim();
                if (text.Length is 0 or > MaxTextLength)
                {
                    throw UserError.BadInput($"'text' must hold 1 to {MaxTextLength} characters besides spaces.");
                }
                var first = c.First();
                // Matches are ranked here, so take a full page of candidates and keep the best.
                var page = await store.FindNodesAsync(
                    new NodeQuery { TextContains = text, First = PagingArguments.MaxPageSize }, c.CancellationToken);
                var folded = SearchText.Fold(text);
                var visibility = await viewer.VisibilityOfAsync(page.Nodes, c.CancellationToken);
                return page.Nodes
                    .Where(visibility.CanSee)
                    .OrderBy(node => Rank(node, folded))
                    .ThenBy(node => node.DisplayName.Length)
                    .ThenBy(node => node.Id, StringComparer.Ordinal)
                    .Take(first)
                    .ToList();
            });

    private static int Rank(NodeRecord node, string folded)
    {
        var name = SearchText.Fold(node.DisplayName);
        if (name == folded || node.Id == folded || SearchText.Fold(node.GetString("acronym") ?? "") == folded)
        {
            return 0;
        }
        return name.StartsWith(folded, StringComparison.Ordinal) ? 1 : 2;
    }
}
