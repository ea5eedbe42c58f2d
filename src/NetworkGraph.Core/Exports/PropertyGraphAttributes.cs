using NetworkGraph.Core.Names;
using NetworkGraph.Core.Schema;

namespace NetworkGraph.Core.Exports;

/// <summary>
/// The whole property graph as attributes: <c>type</c> (the node's label or the relationship's type), every property
/// the model defines for any label or relationship type (sorted by name; absent where a node has none), and
/// <c>sources</c>. Names per language are one JSON text, as sources are (<c>[{"lang":"eu","text":...,"official":true,
/// "source":{...}}]</c>). Version and timestamps are bookkeeping, not facts, and are left out.
/// </summary>
public static class PropertyGraphAttributes
{
    public const string Type = "type";
    public const string Sources = "sources";

    public static readonly IReadOnlyList<ExportAttribute> NodeAttributes =
        Declare(GraphSchema.Nodes.Values.SelectMany(specs => specs).Append(GraphSchema.Illustrative));

    public static readonly IReadOnlyList<ExportAttribute> EdgeAttributes =
        Declare(GraphSchema.Relationships.Values.SelectMany(spec => spec.Properties));

    public static AttributedGraph Of(SelectedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new AttributedGraph(
            "The NetworkGraph property graph: every node with its label and properties, every relationship as a directed edge.",
            Directed: true,
            NodeAttributes,
            EdgeAttributes,
            graph.Nodes.Select(node => new AttributedNode(
                node.Id, node.DisplayName, Values(NodeAttributes, node.Label.ToString(), node.Properties, node.Sources))),
            graph.Relationships.Select(r =>
            {
                var type = ConstantCase.ToText(r.Type);
                return new AttributedEdge($"{r.FromId}:{type}:{r.ToId}", r.FromId, r.ToId, type, 1, Values(EdgeAttributes, type, r.Properties, r.Sources))
                {
                    Spell = EdgeSpell.Of(r),
                };
            }))
        {
            Dated = true,
        };
    }

    private static ExportAttribute[] Declare(IEnumerable<PropertySpec> specs) =>
    [
        new(Type, AttributeType.Text),
        .. specs
            .GroupBy(spec => spec.Name, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new ExportAttribute(
                group.Key, group.All(spec => spec.Kind == PropertyKind.Boolean) ? AttributeType.Boolean : AttributeType.Text)),
        new(Sources, AttributeType.Text),
    ];

    private static object?[] Values(
        IReadOnlyList<ExportAttribute> attributes, string type, IReadOnlyDictionary<string, object?> properties, IReadOnlyList<SourceRef> sources)
    {
        var values = new object?[attributes.Count];
        values[0] = type;
        for (var i = 1; i < values.Length - 1; i++)
        {
            values[i] = properties.GetValueOrDefault(attributes[i].Name) is IReadOnlyList<string> names && attributes[i].Name == LocalizedNames.Property
                ? $"[{string.Join(',', names)}]"
                : properties.GetValueOrDefault(attributes[i].Name);
        }
        values[^1] = sources;
        return values;
    }
}
