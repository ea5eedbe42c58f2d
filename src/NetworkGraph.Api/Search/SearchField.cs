namespace NetworkGraph.Api.Search;

public static class SearchField
{
    public const int MaxTextLength = 200;

    public static void AddSearch(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("search")
            .Description(
                "Nodes of any kind whose name, title, name in any language, acronym or id contains the text, ignoring case and accents. "
                + "Best matches first: an exact name (in any language), acronym or id, then names that start with the text, then the rest; "
                + "shorter default names first within each.")
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
                return await VisibleSearch.FindAsync(store, viewer, text, c.First(), c.CancellationToken);
            });
}
