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

    private static readonly Declared _nodes = Declare(GraphSchema.Nodes.Values.SelectMany(specs => specs).Append(GraphSchema.Illustrative));
    private static readonly Declared _edges = Declare(GraphSchema.Relationships.Values.SelectMany(spec => spec.Properties));

    public static IReadOnlyList<ExportAttribute> NodeAttributes => _nodes.Attributes;

    public static IReadOnlyList<ExportAttribute> EdgeAttributes => _edges.Attributes;

    public static AttributedGraph Of(SelectedGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new AttributedGraph(
            "The NetworkGraph property graph: every node with its label and properties, every relationship as a directed edge.",
            Directed: true,
            NodeAttributes,
            EdgeAttributes,
            graph.Nodes.Select(node => new AttributedNode(
                node.Id, node.DisplayName, Values(_nodes, node.Label.ToString(), node.Properties, node.Sources))),
            graph.Relationships.Select(r =>
            {
                var type = ConstantCase.ToText(r.Type);
                return new AttributedEdge($"{r.FromId}:{type}:{r.ToId}", r.FromId, r.ToId, type, 1, Values(_edges, type, r.Properties, r.Sources))
                {
                    Spell = EdgeSpell.Of(r),
                };
            }))
        {
            Dated = true,
        };
    }

    /// <summary>The attributes, and for each whether its values are lists of JSON texts (names per language).</summary>
    private sealed record Declared(ExportAttribute[] Attributes, bool[] JsonTextLists);

    private static Declared Declare(IEnumerable<PropertySpec> specs)
    {
        var byName = specs.GroupBy(spec => spec.Name, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal).ToList();
        ExportAttribute[] attributes =
        [
            new(Type, AttributeType.Text),
            .. byName.Select(group => new ExportAttribute(
                group.Key, group.All(spec => spec.Kind == PropertyKind.Boolean) ? AttributeType.Boolean : AttributeType.Text)),
            new(Sources, AttributeType.Text),
        ];
        bool[] jsonTextLists = [false, .. byName.Select(group => group.Any(spec => spec.Kind == PropertyKind.LocalizedNames)), false];
        return new Declared(attributes, jsonTextLists);
    }

    private static object?[] Values(Declared declared, string type, IReadOnlyDictionary<string, object?> properties, IReadOnlyList<SourceRef> sources)
    {
        var values = new object?[declared.Attributes.Length];
        values[0] = type;
        for (var i = 1; i < values.Length - 1; i++)
        {
            var value = properties.GetValueOrDefault(declared.Attributes[i].Name);
            values[i] = declared.JsonTextLists[i] && value is IReadOnlyList<string> texts ? $"[{string.Join(',', texts)}]" : value;
        }
        values[^1] = sources;
        return values;
    }
}
