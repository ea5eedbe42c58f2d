namespace NetworkGraph.Core.Graph;

/// <summary>
/// Relationships found by an expansion, with the nodes at their other ends: what a caller about to
/// follow the relationships would otherwise fetch in a second round trip.
/// </summary>
public sealed record Expansion(IReadOnlyList<RelationshipRecord> Relationships, IReadOnlyList<NodeRecord> OtherEnds)
{
    public static Expansion Empty { get; } = new([], []);

    /// <summary>
    /// The port's rule for both expansions, for every store: null arguments are refused, and no ids or no types
    /// expand to nothing without a round trip.
    /// </summary>
    public static bool NothingToExpand(IReadOnlyCollection<string> nodeIds, IReadOnlyCollection<RelationshipType> types)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        ArgumentNullException.ThrowIfNull(types);
        return nodeIds.Count == 0 || types.Count == 0;
    }
}
