namespace NetworkGraph.Core.Seed;

public sealed record SeedGraph(IReadOnlyList<NodeRecord> Nodes, IReadOnlyList<RelationshipRecord> Relationships);

/// <summary>One seed document: its name (for messages) and its JSON text.</summary>
public sealed record SeedFile(string Name, string Json);
