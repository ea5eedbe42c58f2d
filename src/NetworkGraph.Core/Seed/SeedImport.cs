namespace NetworkGraph.Core.Seed;

/// <summary>
/// The writes that import a graph in the seed format all or nothing: new nodes are created, nodes
/// already stored under the same label replaced at the version just read, relationships put.
/// </summary>
public static class SeedImport
{
    /// <summary>The writes for <paramref name="graph"/>, read from <paramref name="file"/>; <paramref name="stored"/> holds those of its nodes the store already has, by id.</summary>
    /// <exception cref="SeedFormatException">An imported node's id is stored under another label.</exception>
    public static IReadOnlyList<GraphWrite> Plan(SeedFile file, SeedGraph graph, IReadOnlyDictionary<string, NodeRecord> stored)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stored);
        var writes = new List<GraphWrite>();
        foreach (var node in graph.Nodes)
        {
            if (!stored.TryGetValue(node.Id, out var current))
            {
                writes.Add(new CreateNode(node));
            }
            else if (current.Label == node.Label)
            {
                writes.Add(new UpdateNode(node.Id, current.Version, node.Properties, node.Sources));
            }
            else
            {
                throw new SeedFormatException([$"{file.Name}: node '{node.Id}' is a {node.Label}, but the store holds it as a {current.Label}."]);
            }
        }
        writes.AddRange(graph.Relationships.Select(r => new PutRelationship(r)));
        return writes;
    }
}
