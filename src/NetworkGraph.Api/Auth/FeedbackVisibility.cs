namespace NetworkGraph.Api.Auth;

/// <summary>Row-level visibility of feedback items for one viewer: all of them, or the viewer's own (a live set).</summary>
public sealed class FeedbackVisibility(bool seesAll, IReadOnlyDictionary<string, byte> ownItems)
{
    /// <summary>For nodes among which there is no feedback item.</summary>
    public static readonly FeedbackVisibility Everything = new(seesAll: true, new Dictionary<string, byte>());

    public bool CanSee(NodeRecord node) => node.Label != NodeLabel.FeedbackItem || CanSeeFeedback(node.Id);

    public bool CanSeeFeedback(string itemId) => seesAll || ownItems.ContainsKey(itemId);

    /// <summary>Narrows a feedback query to the items the viewer may see (mixed-label searches are filtered by <see cref="CanSee"/>).</summary>
    public NodeQuery Restrict(NodeQuery query)
    {
        if (seesAll || query.Label != NodeLabel.FeedbackItem)
        {
            return query;
        }
        return query with { IdIn = query.IdIn is null ? [.. ownItems.Keys] : [.. query.IdIn.Where(ownItems.ContainsKey)] };
    }
}
