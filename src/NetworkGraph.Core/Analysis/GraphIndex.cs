namespace NetworkGraph.Core.Analysis;

/// <summary>
/// The snapshot's nodes by id and its relationships by end and type. Relationship lists are
/// ordered by the id of their other end, so every answer built from them is deterministic.
/// </summary>
internal sealed class GraphIndex
{
    private readonly Dictionary<string, NodeRecord> _nodes;
    private readonly Dictionary<(string Id, RelationshipType Type), RelationshipRecord[]> _outgoing;
    private readonly Dictionary<(string Id, RelationshipType Type), RelationshipRecord[]> _incoming;
    private readonly Dictionary<RelationshipType, RelationshipRecord[]> _byType;
    private readonly Dictionary<NodeLabel, NodeRecord[]> _byLabel;
    private readonly Lazy<NodeRecord[]> _nodesInOrder;
    private readonly Lazy<RelationshipRecord[]> _relationshipsInOrder;

    public GraphIndex(GraphSnapshot snapshot)
    {
        _nodes = new Dictionary<string, NodeRecord>(snapshot.Nodes.Count, StringComparer.Ordinal);
        foreach (var node in snapshot.Nodes)
        {
            _nodes[node.Id] = node;
        }
        _byLabel = _nodes.Values
            .GroupBy(node => node.Label)
            .ToDictionary(group => group.Key, group => group.OrderBy(node => node.Id, StringComparer.Ordinal).ToArray());
        var relationships = snapshot.Relationships
            .Where(r => _nodes.ContainsKey(r.FromId) && _nodes.ContainsKey(r.ToId))
            .ToList();
        _outgoing = relationships
            .GroupBy(r => (r.FromId, r.Type))
            .ToDictionary(group => group.Key, group => group.OrderBy(r => r.ToId, StringComparer.Ordinal).ToArray());
        _incoming = relationships
            .GroupBy(r => (r.ToId, r.Type))
            .ToDictionary(group => group.Key, group => group.OrderBy(r => r.FromId, StringComparer.Ordinal).ToArray());
        _byType = relationships
            .GroupBy(r => r.Type)
            .ToDictionary(
                group => group.Key,
                group => group.OrderBy(r => r.FromId, StringComparer.Ordinal).ThenBy(r => r.ToId, StringComparer.Ordinal).ToArray());
        // Only exports walk the whole graph in order: sorted when first asked for, then kept with the analysis.
        _nodesInOrder = new(() => [.. _nodes.Values.OrderBy(node => node.Id, StringComparer.Ordinal)]);
        _relationshipsInOrder = new(() => [.. _byType.Values.SelectMany(group => group)
            .OrderBy(r => r.FromId, StringComparer.Ordinal)
            .ThenBy(r => r.ToId, StringComparer.Ordinal)
            .ThenBy(r => ConstantCase.ToText(r.Type), StringComparer.Ordinal)]);
    }

    public NodeRecord? Node(string id) => _nodes.GetValueOrDefault(id);

    public bool Is(string id, NodeLabel label) => _nodes.TryGetValue(id, out var node) && node.Label == label;

    public string NameOf(string id) => _nodes.TryGetValue(id, out var node) ? node.DisplayName : id;

    public GovernanceLevel? LevelOf(string id) => _nodes.GetValueOrDefault(id)?.GetEnum<GovernanceLevel>("level");

    public IReadOnlyList<NodeRecord> NodesOf(NodeLabel label) => _byLabel.GetValueOrDefault(label) ?? [];

    public IReadOnlyList<RelationshipRecord> Outgoing(string id, RelationshipType type) => _outgoing.GetValueOrDefault((id, type)) ?? [];

    public IReadOnlyList<RelationshipRecord> Incoming(string id, RelationshipType type) => _incoming.GetValueOrDefault((id, type)) ?? [];

    /// <summary>Every node, in ordinal order of ids.</summary>
    public IReadOnlyList<NodeRecord> NodesInIdOrder => _nodesInOrder.Value;

    /// <summary>Every relationship whose ends both exist, ordered by start id, end id, then type.</summary>
    public IReadOnlyList<RelationshipRecord> RelationshipsInOrder => _relationshipsInOrder.Value;

    public IReadOnlyList<RelationshipRecord> OfType(RelationshipType type) => _byType.GetValueOrDefault(type) ?? [];

    /// <summary>The node with this id and label, or the error a caller can act on: the id is unknown, or names another kind of node.</summary>
    public NodeRecord Require(string id, NodeLabel label)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!_nodes.TryGetValue(id, out var node))
        {
            throw new GraphNotFoundException($"No {LabelWords(label)} has the id '{id}'.");
        }
        return node.Label == label
            ? node
            : throw new GraphNotFoundException($"'{id}' is {Article(node.Label)} {node.Label}, not {Article(label)} {label}.");
    }

    private static string LabelWords(NodeLabel label) => label switch
    {
        NodeLabel.FeedbackItem => "feedback item",
        NodeLabel.PolicyChange => "policy change",
        _ => label.ToString().ToLowerInvariant(),
    };

    private static string Article(NodeLabel label) => "AEIOU".Contains(label.ToString()[0], StringComparison.Ordinal) ? "an" : "a";
}
