namespace NetworkGraph.Api.Search;

/// <summary>
/// The best matches a viewer may see. The store ranks, and the viewer's row-level visibility (feedback items) is
/// decided here, so a slice may hold rows the viewer cannot see: the next slice is asked for, each twice the last,
/// until the page is full or the matches end, so a visible match is never lost behind hidden ones.
/// </summary>
public static class VisibleSearch
{
    /// <summary>The largest slice asked for in one round trip.</summary>
    public const int MaxSlice = 1_000;

    public static async Task<IReadOnlyList<NodeRecord>> FindAsync(
        IGraphStore store, Viewer viewer, string text, int first, CancellationToken cancellationToken)
    {
        var found = new List<NodeRecord>(first);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var skip = 0;
        var slice = first;
        while (true)
        {
            var page = await store.SearchNodesAsync(new NodeSearch { Text = text, Skip = skip, First = slice }, cancellationToken)
                .ConfigureAwait(false);
            var visibility = await viewer.VisibilityOfAsync(page.Nodes, cancellationToken).ConfigureAwait(false);
            // A write between two slices may move a node across their border: it is kept once.
            foreach (var node in page.Nodes.Where(node => visibility.CanSee(node) && seen.Add(node.Id)))
            {
                found.Add(node);
                if (found.Count == first)
                {
                    return found;
                }
            }
            if (!page.HasMore)
            {
                return found;
            }
            skip += page.Nodes.Count;
            slice = Math.Min(slice * 2, MaxSlice);
        }
    }
}
