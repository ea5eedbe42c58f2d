namespace NetworkGraph.Api.Mutations;

/// <summary>Loads the nodes a mutation names, in one round trip, refusing unknown ids and ids of the wrong kind by field.</summary>
public sealed class NodeLookup
{
    private readonly Dictionary<string, NodeRecord> _nodes;

    private NodeLookup(IEnumerable<NodeRecord> nodes) => _nodes = nodes.ToDictionary(n => n.Id);

    public static async Task<NodeLookup> LoadAsync(IGraphStore store, IEnumerable<string?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        return new NodeLookup(wanted.Count == 0 ? [] : await store.GetNodesAsync(wanted, cancellationToken));
    }

    public NodeRecord Require(string id, NodeLabel label, string field) => Require(id, [label], field);

    public NodeRecord Require(string id, IReadOnlyList<NodeLabel> labels, string field)
    {
        if (!_nodes.TryGetValue(id, out var node))
        {
            throw UserError.NotFound($"'input.{field}' names '{id}', which does not exist.");
        }
        return labels.Contains(node.Label)
            ? node
            : throw UserError.BadInput($"'input.{field}' must name a {string.Join(" or ", labels)}; '{id}' is a {node.Label}.");
    }

    /// <summary>The node with this id, or null when the store holds none.</summary>
    public NodeRecord? Find(string id) => _nodes.GetValueOrDefault(id);

    public NodeLabel? LabelOf(string id) => _nodes.TryGetValue(id, out var node) ? node.Label : null;
}
