namespace NetworkGraph.Core.Graph;

/// <summary>
/// What changed between an analysed snapshot and a later version (<see cref="SnapshotPatch"/>): every node the batches
/// in between touched, those of them that exist at <see cref="Version"/>, and every relationship at them then
/// (duplicates allowed).
/// </summary>
public sealed record SnapshotChange(
    long Version, IReadOnlySet<string> Touched, IReadOnlyList<NodeRecord> Nodes, IReadOnlyList<RelationshipRecord> Relationships);
