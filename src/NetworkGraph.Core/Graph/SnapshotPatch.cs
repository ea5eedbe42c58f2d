namespace NetworkGraph.Core.Graph;

/// <summary>
/// A later snapshot made from an earlier one and what changed in between: every write names the nodes it touches
/// (<see cref="GraphWrites.TouchedIds(GraphWrite)"/>), and a relationship changes only through a write that touches
/// both its ends, so rereading the touched nodes and every relationship at them gives exactly the later graph.
/// </summary>
public static class SnapshotPatch
{
    /// <param name="previous">The snapshot of an earlier version.</param>
    /// <param name="touched">Every node touched by the batches committed since, up to <paramref name="version"/>.</param>
    /// <param name="nodes">Those of the touched nodes that exist at <paramref name="version"/>.</param>
    /// <param name="relationships">Every relationship at <paramref name="version"/> that starts or ends at a touched node (duplicates allowed).</param>
    /// <param name="version">The version the reads reflect, every batch up to it included in <paramref name="touched"/>.</param>
    public static GraphSnapshot Apply(
        GraphSnapshot previous, IReadOnlyCollection<string> touched, IEnumerable<NodeRecord> nodes, IEnumerable<RelationshipRecord> relationships, long version)
    {
        ArgumentNullException.ThrowIfNull(previous);
        var changed = touched as IReadOnlySet<string> ?? touched.ToHashSet(StringComparer.Ordinal);
        var keptNodes = previous.Nodes.Where(node => !changed.Contains(node.Id));
        var keptRelationships = previous.Relationships.Where(r => !changed.Contains(r.FromId) && !changed.Contains(r.ToId));
        var reread = new Dictionary<RelationshipKey, RelationshipRecord>();
        foreach (var relationship in relationships)
        {
            reread[relationship.Key] = relationship;
        }
        // The store's order (nodes by id, relationships by type, from, to) is kept: what stayed is already in it, and
        // the few reread are sorted and merged in, in linear time.
        return new GraphSnapshot(
            version,
            Merge(keptNodes, previous.Nodes.Count, [.. nodes.OrderBy(node => node, StoreOrder.Nodes)], StoreOrder.Nodes),
            Merge(keptRelationships, previous.Relationships.Count, [.. reread.Values.OrderBy(r => r, StoreOrder.Relationships)], StoreOrder.Relationships));
    }

    // Sized once and not copied: at 100,000 institutions these lists are large objects, and each extra copy is one
    // more for the runtime to collect in its costliest generation.
    private static List<T> Merge<T>(IEnumerable<T> ordered, int orderedAtMost, T[] added, Comparer<T> order)
    {
        var merged = new List<T>(orderedAtMost + added.Length);
        var next = 0;
        foreach (var item in ordered)
        {
            while (next < added.Length && order.Compare(added[next], item) < 0)
            {
                merged.Add(added[next++]);
            }
            merged.Add(item);
        }
        merged.AddRange(added.AsSpan(next));
        return merged;
    }
}
