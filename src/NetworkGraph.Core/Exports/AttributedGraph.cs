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

    /// <summary>True when edges may hold only for a time (<see cref="AttributedEdge.Spell"/>): the property graph.</summary>
    public bool Dated { get; init; }
}

/// <summary>When an edge holds, both days included; null for an open end.</summary>
public sealed record EdgeSpell(DateOnly? Start, DateOnly? End)
{
    /// <summary>The spell of a relationship, or null when it holds on every date (<see cref="Validity"/>).</summary>
    public static EdgeSpell? Of(RelationshipRecord relationship) =>
        Validity.IsDated(relationship) ? new(Validity.ValidFrom(relationship), Validity.ValidTo(relationship)?.AddDays(-1)) : null;
}

public enum AttributeType { Text, Boolean, Integer }

public sealed record ExportAttribute(string Name, AttributeType Type);

/// <summary>A node; its <c>Label</c> is what a viewer shows on it (GEXF's own <c>label</c>).</summary>
public sealed record AttributedNode(string Id, string Label, object?[] Values);

/// <summary>An edge; its <c>Label</c> is what a viewer shows on it (GEXF's own <c>label</c>), or null.</summary>
public sealed record AttributedEdge(string Id, string Source, string Target, string? Label, int Weight, object?[] Values)
{
    /// <summary>When the edge holds, in a <see cref="AttributedGraph.Dated"/> graph; null when always.</summary>
    public EdgeSpell? Spell { get; init; }
}
