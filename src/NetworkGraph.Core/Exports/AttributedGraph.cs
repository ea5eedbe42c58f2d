namespace NetworkGraph.Core.Exports;

/// <summary>
/// A graph as the file formats see it: declared attributes, then nodes and edges that give a value (or null for none)
/// for each attribute in the order declared. Values are text, booleans, integers, lists of text or sources; each
/// writer spells them in its format.
/// </summary>
public sealed record AttributedGraph(
    string Description,
    bool Directed,
    IReadOnlyList<ExportAttribute> NodeAttributes,
    IReadOnlyList<ExportAttribute> EdgeAttributes,
    IEnumerable<AttributedNode> Nodes,
    IEnumerable<AttributedEdge> Edges)
{
    /// <summary>True when edges carry a weight (the coordination graph).</summary>
    public bool Weighted { get; init; }
}

public enum AttributeType { Text, Boolean, Integer }

public sealed record ExportAttribute(string Name, AttributeType Type);

/// <summary>A node; its <c>Label</c> is what a viewer shows on it (GEXF's own <c>label</c>).</summary>
public sealed record AttributedNode(string Id, string Label, object?[] Values);

/// <summary>An edge; its <c>Label</c> is what a viewer shows on it (GEXF's own <c>label</c>), or null.</summary>
public sealed record AttributedEdge(string Id, string Source, string Target, string? Label, int Weight, object?[] Values);
