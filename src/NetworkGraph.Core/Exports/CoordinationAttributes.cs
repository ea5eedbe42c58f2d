namespace NetworkGraph.Core.Exports;

/// <summary>
/// The coordination graph as attributes: institutions with <c>name</c>, <c>level</c>, <c>kind</c>, <c>territory</c>
/// (its id, empty when none) and <c>illustrative</c>; undirected links weighted by their pieces of evidence, with
/// <c>kinds</c> listing the kinds of that evidence ("SHARED_NETWORK|REFERRAL").
/// </summary>
public static class CoordinationAttributes
{
    public static readonly IReadOnlyList<ExportAttribute> NodeAttributes =
    [
        new("name", AttributeType.Text), new("level", AttributeType.Text), new("kind", AttributeType.Text),
        new("territory", AttributeType.Text), new("illustrative", AttributeType.Boolean),
    ];

    public static readonly IReadOnlyList<ExportAttribute> EdgeAttributes = [new("kinds", AttributeType.Text)];

    public static AttributedGraph Of(SelectedCoordination coordination)
    {
        ArgumentNullException.ThrowIfNull(coordination);
        return new AttributedGraph(
            "The NetworkGraph coordination graph: institutions linked by evidence of coordination, weighted by its pieces.",
            Directed: false,
            NodeAttributes,
            EdgeAttributes,
            coordination.Nodes.Select(node => new AttributedNode(node.Id, node.Name,
            [
                node.Name, Text(node.Level), Text(node.Kind), node.Territory, node.Illustrative,
            ])),
            coordination.Edges.Select(edge => new AttributedEdge(
                $"{edge.Source}--{edge.Target}", edge.Source, edge.Target, null, edge.Weight,
                [string.Join('|', edge.Kinds.Select(kind => ConstantCase.ToText(kind)))])))
        {
            Weighted = true,
        };
    }

    private static string? Text<T>(T? value) where T : struct, Enum => value is { } v ? ConstantCase.ToText(v) : null;
}
