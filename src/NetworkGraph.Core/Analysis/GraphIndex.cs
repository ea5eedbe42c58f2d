namespace NetworkGraph.Core.Analysis;

/// <summary>
/// The snapshot's nodes by id and its relationships by end and type, in rows of flat arrays (one per direction),
/// built in linear time from the store's order (<see cref="StoreOrder"/>). A node's row holds its relationships by
/// type, then by the id of their other end, so every answer built from them is deterministic.
/// </summary>
internal sealed class GraphIndex
{
    private readonly NodeRecord[] _nodes;
    private readonly Dictionary<string, int> _positionOf;
    private readonly RelationshipRecord[] _relationships;
    private readonly int[] _typeStart;
    private readonly (int From, int To)[] _ends;
    private readonly IndexRows _outgoing;
    private readonly IndexRows _incoming;
    private readonly Dictionary<NodeLabel, NodeRecord[]> _byLabel;
    private readonly Lazy<RelationshipRecord[]> _relationshipsInOrder;

    /// <summary>The index of a snapshot, in linear time when it is in store order (sorted first otherwise).</summary>
    public GraphIndex(GraphSnapshot snapshot)
        : this(Positions(StoreOrder.Ensure(snapshot.Nodes, StoreOrder.Nodes)), StoreOrder.Ensure(snapshot.Relationships, StoreOrder.Relationships))
    {
    }

    private GraphIndex((NodeRecord[] Nodes, Dictionary<string, int> PositionOf) nodes, IReadOnlyList<RelationshipRecord> relationships)
        : this(nodes.Nodes, nodes.PositionOf, Ends(nodes.PositionOf, relationships))
    {
    }

    private GraphIndex(
        NodeRecord[] nodes, Dictionary<string, int> positionOf, (RelationshipRecord[] Relationships, (int From, int To)[] Ends) relationships,
        Dictionary<NodeLabel, NodeRecord[]>? byLabel = null)
    {
        _nodes = nodes;
        _positionOf = positionOf;
        _byLabel = byLabel ?? _nodes.GroupBy(node => node.Label).ToDictionary(group => group.Key, group => group.ToArray());
        (_relationships, _ends) = relationships;
        _typeStart = TypeStarts(_relationships);
        _outgoing = IndexRows.Of(_nodes.Length, _relationships, _ends, end => end.From);
        _incoming = IndexRows.Of(_nodes.Length, _relationships, _ends, end => end.To);
        // Only exports walk every relationship by its ends: sorted when first asked for, then kept with the analysis.
        _relationshipsInOrder = new(() =>
        {
            var ordered = _relationships.ToArray();
            Array.Sort(ordered, StoreOrder.ByEnds);
            return ordered;
        });
    }

    /// <summary>
    /// The index after <paramref name="change"/>, made from <paramref name="previous"/> by positions rather than ids
    /// when no node came or went: nodes keep their positions, the relationships at touched nodes are dropped by the
    /// positions of their ends, and the reread ones, sorted, are merged in where a binary search places them. No kept
    /// node or relationship is looked at, which at 100,000 institutions is most of the cost of patching a snapshot.
    /// Null when a node came, went or changed its label: the caller indexes the patched snapshot whole.
    /// </summary>
    public static GraphIndex? Patch(GraphIndex previous, SnapshotChange change)
    {
        var nodes = (NodeRecord[])previous._nodes.Clone();
        var isTouched = new bool[nodes.Length];
        var seen = new bool[nodes.Length];
        var reread = 0;
        foreach (var id in change.Touched)
        {
            if (!previous._positionOf.TryGetValue(id, out var position))
            {
                return null;
            }
            isTouched[position] = true;
        }
        foreach (var node in change.Nodes)
        {
            if (!previous._positionOf.TryGetValue(node.Id, out var position) || !isTouched[position] || node.Label != nodes[position].Label)
            {
                return null;
            }
            reread += seen[position] ? 0 : 1;
            seen[position] = true;
            nodes[position] = node;
        }
        if (reread != change.Touched.Count)
        {
            return null; // a touched node is gone
        }
        var added = new Dictionary<RelationshipKey, RelationshipRecord>();
        foreach (var relationship in change.Relationships)
        {
            if (previous._positionOf.TryGetValue(relationship.FromId, out var from) && previous._positionOf.TryGetValue(relationship.ToId, out var to))
            {
                added[relationship.Key] = relationship.SharingEnds(nodes[from], nodes[to]);
            }
        }
        var sorted = added.Values.Order(StoreOrder.Relationships).ToArray();
        var kept = 0;
        foreach (var (from, to) in previous._ends)
        {
            kept += isTouched[from] || isTouched[to] ? 0 : 1;
        }
        var relationships = new RelationshipRecord[kept + sorted.Length];
        var ends = new (int From, int To)[relationships.Length];
        var (count, next) = (0, 0);
        var placeAt = sorted.Select(relationship => StoreOrder.LowerBound(previous._relationships, relationship, StoreOrder.Relationships)).ToArray();
        for (var i = 0; i <= previous._relationships.Length; i++)
        {
            while (next < sorted.Length && placeAt[next] <= i)
            {
                relationships[count] = sorted[next];
                ends[count++] = (previous._positionOf[sorted[next].FromId], previous._positionOf[sorted[next++].ToId]);
            }
            if (i < previous._relationships.Length && !isTouched[previous._ends[i].From] && !isTouched[previous._ends[i].To])
            {
                relationships[count] = previous._relationships[i];
                ends[count++] = previous._ends[i];
            }
        }
        return new GraphIndex(nodes, previous._positionOf, (relationships, ends), previous.ByLabelWith(nodes, change.Touched));
    }

    /// <summary>Every node and every relationship whose ends both exist, in store order: the snapshot this index holds.</summary>
    public GraphSnapshot AsSnapshot(long version) => new(version, _nodes, _relationships);

    // The lists by label with the touched nodes' new records: a label's list is copied only when one of them has it.
    private Dictionary<NodeLabel, NodeRecord[]> ByLabelWith(NodeRecord[] nodes, IReadOnlyCollection<string> touched)
    {
        var byLabel = new Dictionary<NodeLabel, NodeRecord[]>(_byLabel);
        var copied = new HashSet<NodeLabel>();
        foreach (var id in touched)
        {
            var node = nodes[_positionOf[id]];
            var list = byLabel[node.Label];
            if (copied.Add(node.Label))
            {
                byLabel[node.Label] = list = [.. list];
            }
            list[Array.BinarySearch(list, node, StoreOrder.Nodes)] = node;
        }
        return byLabel;
    }

    public NodeRecord? Node(string id) => _positionOf.TryGetValue(id, out var position) ? _nodes[position] : null;

    public bool Is(string id, NodeLabel label) => Node(id)?.Label == label;

    public string NameOf(string id) => Node(id)?.DisplayName ?? id;

    public GovernanceLevel? LevelOf(string id) => Node(id)?.GetEnum<GovernanceLevel>("level");

    public IReadOnlyList<NodeRecord> NodesOf(NodeLabel label) => _byLabel.GetValueOrDefault(label) ?? [];

    public IReadOnlyList<RelationshipRecord> Outgoing(string id, RelationshipType type) =>
        _positionOf.TryGetValue(id, out var position) ? _outgoing.Of(position, type) : [];

    public IReadOnlyList<RelationshipRecord> Incoming(string id, RelationshipType type) =>
        _positionOf.TryGetValue(id, out var position) ? _incoming.Of(position, type) : [];

    /// <summary>Every node, in ordinal order of ids.</summary>
    public IReadOnlyList<NodeRecord> NodesInIdOrder => _nodes;

    /// <summary>Every relationship whose ends both exist, ordered by start id, end id, then type.</summary>
    public IReadOnlyList<RelationshipRecord> RelationshipsInOrder => _relationshipsInOrder.Value;

    /// <summary>The relationships of one type whose ends both exist, ordered by start id, then end id.</summary>
    public IReadOnlyList<RelationshipRecord> OfType(RelationshipType type)
    {
        var rank = StoreOrder.RankOf(type);
        var (start, end) = (_typeStart[rank], _typeStart[rank + 1]);
        return start == end ? Array.Empty<RelationshipRecord>() : new ArraySegment<RelationshipRecord>(_relationships, start, end - start);
    }

    /// <summary>The node with this id and label, or the error a caller can act on: the id is unknown, or names another kind of node.</summary>
    public NodeRecord Require(string id, NodeLabel label)
    {
        ArgumentNullException.ThrowIfNull(id);
        var node = Node(id) ?? throw new GraphNotFoundException($"No {LabelWords(label)} has the id '{id}'.");
        return node.Label == label
            ? node
            : throw new GraphNotFoundException($"'{id}' is {Article(node.Label)} {node.Label}, not {Article(label)} {label}.");
    }

    private static (NodeRecord[] Nodes, Dictionary<string, int> PositionOf) Positions(IReadOnlyList<NodeRecord> nodes)
    {
        var positionOf = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        var kept = new List<NodeRecord>(nodes.Count);
        foreach (var node in nodes)
        {
            // Ids are unique in every store; were one repeated, its first record would count.
            if (positionOf.TryAdd(node.Id, kept.Count))
            {
                kept.Add(node);
            }
        }
        return ([.. kept], positionOf);
    }

    // The relationships whose ends both exist, with the positions of their ends.
    private static (RelationshipRecord[] Relationships, (int From, int To)[] Ends) Ends(
        Dictionary<string, int> positionOf, IReadOnlyList<RelationshipRecord> relationships)
    {
        var present = new RelationshipRecord[relationships.Count];
        var ends = new (int From, int To)[relationships.Count];
        var count = 0;
        foreach (var relationship in relationships)
        {
            if (positionOf.TryGetValue(relationship.FromId, out var from) && positionOf.TryGetValue(relationship.ToId, out var to))
            {
                present[count] = relationship;
                ends[count++] = (from, to);
            }
        }
        return Trimmed(present, ends, count);
    }

    // Relationships whose ends do not both exist are left out; the arrays are cut only then.
    private static (RelationshipRecord[] Relationships, (int From, int To)[] Ends) Trimmed(
        RelationshipRecord[] present, (int From, int To)[] ends, int count)
    {
        if (count < present.Length)
        {
            Array.Resize(ref present, count);
            Array.Resize(ref ends, count);
        }
        return (present, ends);
    }

    // Where each type's relationships start in the store-ordered array, by type rank; one more entry marks the end.
    private static int[] TypeStarts(RelationshipRecord[] relationships)
    {
        var types = Enum.GetValues<RelationshipType>().Length;
        var starts = new int[types + 1];
        foreach (var relationship in relationships)
        {
            starts[StoreOrder.RankOf(relationship.Type) + 1]++;
        }
        for (var rank = 0; rank < types; rank++)
        {
            starts[rank + 1] += starts[rank];
        }
        return starts;
    }

    private static string LabelWords(NodeLabel label) => label switch
    {
        NodeLabel.FeedbackItem => "feedback item",
        NodeLabel.PolicyChange => "policy change",
        _ => label.ToString().ToLowerInvariant(),
    };

    private static string Article(NodeLabel label) => "AEIOU".Contains(label.ToString()[0], StringComparison.Ordinal) ? "an" : "a";
}
