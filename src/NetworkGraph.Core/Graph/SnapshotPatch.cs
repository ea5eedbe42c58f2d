namespace NetworkGraph.Core.Graph;

/// <summary>
/// A later snapshot made from an earlier one and what changed in between: every write names the nodes it touches
/// (<see cref="GraphWrites.TouchedIds(GraphWrite)"/>), and a relationship changes only through a write that touches
/// both its ends, so rereading the touched nodes and every relationship at them gives exactly the later graph.
/// </summary>
public static class SnapshotPatch
{
    /// <summary>The snapshot at <paramref name="change"/>'s version, from <paramref name="previous"/>.</summary>
    public static GraphSnapshot Apply(GraphSnapshot previous, SnapshotChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return Apply(previous, change.Touched, change.Nodes, change.Relationships, change.Version);
    }

    /// <param name="previous">The snapshot of an earlier version.</param>
    /// <param name="touched">Every node touched by the batches committed since, up to <paramref name="version"/>.</param>
    /// <param name="nodes">Those of the touched nodes that exist at <paramref name="version"/>.</param>
    /// <param name="relationships">Every relationship at <paramref name="version"/> that starts or ends at a touched node (duplicates allowed).</param>
    /// <param name="version">The version the reads reflect, every batch up to it included in <paramref name="touched"/>.</param>
    public static GraphSnapshot Apply(
        GraphSnapshot previous, IReadOnlyCollection<string> touched, IEnumerable<NodeRecord> nodes, IEnumerable<RelationshipRecord> relationships, long version)
    {
        ArgumentNullException.ThrowIfNull(previous);
        var changed = new TouchedIds(touched);
        var reread = new Dictionary<RelationshipKey, RelationshipRecord>();
        foreach (var relationship in relationships)
        {
            reread[relationship.Key] = relationship;
        }
        // The store's order (nodes by id, relationships by type, from, to) is kept: what stayed is already in it, and
        // the few reread are sorted and merged in where a binary search places them, in linear time.
        return new GraphSnapshot(
            version,
            Merge(previous.Nodes, node => changed.Contains(node.Id), [.. nodes.OrderBy(node => node, StoreOrder.Nodes)], StoreOrder.Nodes),
            Merge(
                previous.Relationships, r => changed.Contains(r.FromId) || changed.Contains(r.ToId),
                [.. reread.Values.OrderBy(r => r, StoreOrder.Relationships)], StoreOrder.Relationships));
    }

    // Sized once and not copied: at 100,000 institutions these lists are large objects, and each extra copy is one
    // more for the runtime to collect in its costliest generation.
    private static List<T> Merge<T>(IReadOnlyList<T> previous, Func<T, bool> dropped, T[] added, Comparer<T> order)
    {
        var placeAt = new int[added.Length];
        for (var i = 0; i < added.Length; i++)
        {
            placeAt[i] = StoreOrder.LowerBound(previous, added[i], order);
        }
        var merged = new List<T>(previous.Count + added.Length);
        var next = 0;
        for (var i = 0; i < previous.Count; i++)
        {
            while (next < added.Length && placeAt[next] <= i)
            {
                merged.Add(added[next++]);
            }
            if (!dropped(previous[i]))
            {
                merged.Add(previous[i]);
            }
        }
        merged.AddRange(added.AsSpan(next));
        return merged;
    }

    /// <summary>
    /// The touched ids, asked about once per node and twice per relationship of the whole graph: a few are compared
    /// one by one (a length differs at once), which costs a fraction of hashing every id; many go in a set.
    /// </summary>
    private sealed class TouchedIds(IReadOnlyCollection<string> ids)
    {
        private const int CompareUpTo = 16;
        private readonly string[] _few = ids.Count <= CompareUpTo ? [.. ids] : [];
        private readonly HashSet<string>? _many = ids.Count > CompareUpTo ? ids.ToHashSet(StringComparer.Ordinal) : null;

        public bool Contains(string id)
        {
            if (_many is not null)
            {
                return _many.Contains(id);
            }
            foreach (var touched in _few)
            {
                if (string.Equals(touched, id, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            return false;
        }
    }
}
