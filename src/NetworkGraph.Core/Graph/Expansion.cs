namespace NetworkGraph.Core.Graph;

/// <summary>
/// Relationships found by an expansion, with the nodes at their other ends: what a caller about to
/// follow the relationships would otherwise fetch in a second round trip.
/// </summary>
public sealed record Expansion(IReadOnlyList<RelationshipRecord> Relationships, IReadOnlyList<NodeRecord> OtherEnds)
{
    public static Expansion Empty { get; } = new([], []);
}
