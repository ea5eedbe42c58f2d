namespace NetworkGraph.Core.Analysis;

/// <summary>
/// Each node's relationships at one end, as one flat array cut into rows. Filled by a stable counting sort of the
/// store-ordered relationships, so a row is ordered by type, then by the id of the other end.
/// </summary>
internal sealed class IndexRows(int[] starts, RelationshipRecord[] entries)
{
    public static IndexRows Of(int nodes, RelationshipRecord[] relationships, (int From, int To)[] ends, Func<(int From, int To), int> rowOf)
    {
        var starts = new int[nodes + 1];
        foreach (var end in ends)
        {
            starts[rowOf(end) + 1]++;
        }
        for (var node = 0; node < nodes; node++)
        {
            starts[node + 1] += starts[node];
        }
        var entries = new RelationshipRecord[relationships.Length];
        var fill = starts[..nodes];
        for (var i = 0; i < relationships.Length; i++)
        {
            entries[fill[rowOf(ends[i])]++] = relationships[i];
        }
        return new IndexRows(starts, entries);
    }

    public IReadOnlyList<RelationshipRecord> Of(int node, RelationshipType type)
    {
        var (start, end) = (starts[node], starts[node + 1]);
        if (start == end)
        {
            return [];
        }
        var rank = StoreOrder.RankOf(type);
        var first = LowerBound(start, end, rank);
        var last = LowerBound(first, end, rank + 1);
        return first == last ? Array.Empty<RelationshipRecord>() : new ArraySegment<RelationshipRecord>(entries, first, last - first);
    }

    private int LowerBound(int start, int end, int rank)
    {
        while (start < end)
        {
            var middle = (start + end) >>> 1;
            if (StoreOrder.RankOf(entries[middle].Type) < rank)
            {
                start = middle + 1;
            }
            else
            {
                end = middle;
            }
        }
        return start;
    }
}
