using NetworkGraph.Api.GraphQL.Loading;

namespace NetworkGraph.Api.Live;

/// <summary>
/// Whether a caller may get an event at all: never one that says more than a query of theirs could read. A feedback
/// change is theirs to see when the item is. A graph change is, for callers who do not see every feedback item, only
/// when it moved no feedback item and touched none they may not see: its operation and the institutions and themes
/// it touched would otherwise tell who raised what, when, as the (admins only) audit trail does. A node since deleted
/// cannot be told apart from a feedback item, so a change that touched one is withheld from them too.
/// </summary>
public static class LiveVisibility
{
    public static async Task<bool> MaySeeAsync(LiveEvent change, Viewer viewer, GraphLoaders loaders)
    {
        switch (change)
        {
            case FeedbackChangeEvent feedback:
                return await viewer.CanSeeFeedbackAsync(feedback.ItemId, CancellationToken.None);
            case GraphChangeEvent graph when !viewer.SeesAllFeedback:
                if (FeedbackStatusChanges.Of(graph.Change) is not null)
                {
                    return false;
                }
                var ids = graph.Change.NodeIds.Distinct(StringComparer.Ordinal).ToList();
                var visible = await loaders.Nodes(ids).GetResultAsync();
                return visible.Count == ids.Count;
            default:
                return true;
        }
    }
}
