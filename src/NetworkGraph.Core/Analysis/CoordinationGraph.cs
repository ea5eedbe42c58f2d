namespace NetworkGraph.Core.Analysis;

/// <summary>
/// The coordination graph (docs/architecture.md §3) in compressed sparse rows: institutions are numbered in
/// ordinal id order, so walking a node's neighbours in index order walks them in id order, which
/// is what makes "first discovery wins" deterministic. Each linked pair keeps the bitmask of its
/// evidence kinds and its evidence, sorted by kind then via.
/// </summary>
internal sealed class CoordinationGraph
{
    private readonly Dictionary<string, int> _indexOf;
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly int[] _pairOfEntry;
    private static long _built;

    public CoordinationGraph(string[] ids, GovernanceLevel?[] levels, Dictionary<string, int> indexOf, LinkedPair[] pairs)
        : this(ids, levels, indexOf, pairs, BuildRows(ids.Length, pairs))
    {
    }

    private CoordinationGraph(
        string[] ids, GovernanceLevel?[] levels, Dictionary<string, int> indexOf, LinkedPair[] pairs, (int[] Offsets, int[] Targets, int[] PairOfEntry) rows)
    {
        Ids = ids;
        Levels = levels;
        Pairs = pairs;
        _indexOf = indexOf;
        (_offsets, _targets, _pairOfEntry) = rows;
    }

    /// <summary>Unique to this graph within the process.</summary>
    public long Id { get; } = Interlocked.Increment(ref _built);

    /// <summary>Institution ids in ordinal order; a node's index is its position here.</summary>
    public string[] Ids { get; }

    public GovernanceLevel?[] Levels { get; }

    public LinkedPair[] Pairs { get; }

    public int Count => Ids.Length;

    public int IndexOf(string id) => _indexOf[id];

    public bool TryIndexOf(string id, out int index) => _indexOf.TryGetValue(id, out index);

    /// <summary>Every institution's index by id; shared with the graphs patched from this one, which number them alike.</summary>
    internal Dictionary<string, int> IndexOfAll => _indexOf;

    /// <summary>The same links with other levels: a new graph, as its cross-level figures differ.</summary>
    public CoordinationGraph WithLevels(GovernanceLevel?[] levels) => new(Ids, levels, _indexOf, Pairs, (_offsets, _targets, _pairOfEntry));

    public int RowStart(int node) => _offsets[node];

    public int RowEnd(int node) => _offsets[node + 1];

    public int Target(int entry) => _targets[entry];

    public LinkedPair PairAt(int entry) => Pairs[_pairOfEntry[entry]];

    /// <summary>The pair joining two institutions, found by binary search in the sorted row of the first.</summary>
    public LinkedPair? Between(int a, int b)
    {
        var entry = Array.BinarySearch(_targets, _offsets[a], _offsets[a + 1] - _offsets[a], b);
        return entry >= 0 ? PairAt(entry) : null;
    }

    /// <summary>The rows keeping only links with a kind in <paramref name="mask"/>: the graph the brokers are ranked on.</summary>
    public Adjacency Restrict(int mask)
    {
        var offsets = new int[Count + 1];
        var kept = new List<int>(_targets.Length);
        for (var node = 0; node < Count; node++)
        {
            for (var entry = _offsets[node]; entry < _offsets[node + 1]; entry++)
            {
                if ((PairAt(entry).KindMask & mask) != 0)
                {
                    kept.Add(_targets[entry]);
                }
            }
            offsets[node + 1] = kept.Count;
        }
        return new Adjacency(offsets, [.. kept]);
    }

    private static (int[] Offsets, int[] Targets, int[] PairOfEntry) BuildRows(int count, LinkedPair[] pairs)
    {
        var offsets = new int[count + 1];
        foreach (var pair in pairs)
        {
            offsets[pair.A + 1]++;
            offsets[pair.B + 1]++;
        }
        for (var i = 0; i < count; i++)
        {
            offsets[i + 1] += offsets[i];
        }
        var targets = new int[offsets[count]];
        var pairOfEntry = new int[offsets[count]];
        var fill = offsets[..count];
        // Pairs come by smaller end, then larger: a row gets its smaller neighbours (pairs where it is B) in order of A,
        // all before its larger ones (pairs where it is A) in order of B. So every row is filled already sorted.
        for (var p = 0; p < pairs.Length; p++)
        {
            var pair = pairs[p];
            targets[fill[pair.A]] = pair.B;
            pairOfEntry[fill[pair.A]++] = p;
            targets[fill[pair.B]] = pair.A;
            pairOfEntry[fill[pair.B]++] = p;
        }
        return (offsets, targets, pairOfEntry);
    }
}
