namespace NetworkGraph.Core.Graph;

/// <summary>
/// The order every store reads a whole graph in: nodes by id, relationships by the text of their type, then start id,
/// then end id, all ordinal. Snapshots keep it, so an index over one needs no sorting.
/// </summary>
public static class StoreOrder
{
    private static readonly int[] _typeRanks = RankTypes();

    /// <summary>The position of the type's text (MEMBER_OF, ...) among all types' texts in ordinal order.</summary>
    public static int RankOf(RelationshipType type) => _typeRanks[(int)type];

    public static readonly Comparer<NodeRecord> Nodes = Comparer<NodeRecord>.Create(static (a, b) => string.CompareOrdinal(a.Id, b.Id));

    public static readonly Comparer<RelationshipRecord> Relationships = Comparer<RelationshipRecord>.Create(static (a, b) =>
    {
        var byType = RankOf(a.Type).CompareTo(RankOf(b.Type));
        if (byType != 0)
        {
            return byType;
        }
        var byFrom = string.CompareOrdinal(a.FromId, b.FromId);
        return byFrom != 0 ? byFrom : string.CompareOrdinal(a.ToId, b.ToId);
    });

    /// <summary>The order the exports write relationships in: by start id, end id, then type.</summary>
    public static readonly Comparer<RelationshipRecord> ByEnds = Comparer<RelationshipRecord>.Create(static (a, b) =>
    {
        var byFrom = string.CompareOrdinal(a.FromId, b.FromId);
        if (byFrom != 0)
        {
            return byFrom;
        }
        var byTo = string.CompareOrdinal(a.ToId, b.ToId);
        return byTo != 0 ? byTo : RankOf(a.Type).CompareTo(RankOf(b.Type));
    });

    /// <summary>The items themselves when already in <paramref name="order"/>, else a sorted copy.</summary>
    public static IReadOnlyList<T> Ensure<T>(IReadOnlyList<T> items, Comparer<T> order)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (order.Compare(items[i - 1], items[i]) > 0)
            {
                var sorted = items.ToArray();
                Array.Sort(sorted, order);
                return sorted;
            }
        }
        return items;
    }

    /// <summary>Where <paramref name="item"/> goes in <paramref name="items"/>, sorted by <paramref name="order"/>: before every item not less than it.</summary>
    public static int LowerBound<T>(IReadOnlyList<T> items, T item, Comparer<T> order)
    {
        var (low, high) = (0, items.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (order.Compare(items[middle], item) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    private static int[] RankTypes()
    {
        var types = Enum.GetValues<RelationshipType>();
        var byText = types.OrderBy(type => ConstantCase.ToText(type), StringComparer.Ordinal).ToArray();
        var ranks = new int[types.Length];
        for (var rank = 0; rank < byText.Length; rank++)
        {
            ranks[(int)byText[rank]] = rank;
        }
        return ranks;
    }
}
