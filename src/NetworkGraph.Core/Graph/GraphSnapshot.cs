namespace NetworkGraph.Core.Graph;

/// <summary>The whole graph as read in one transaction, tagged with the store version it reflects.</summary>
public sealed record GraphSnapshot(long Version, IReadOnlyList<NodeRecord> Nodes, IReadOnlyList<RelationshipRecord> Relationships);
