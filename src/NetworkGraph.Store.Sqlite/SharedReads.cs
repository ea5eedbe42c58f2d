using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

/// <summary>
/// What the records of one large read share: a relationship's ends are the very strings of the nodes' ids, and records
/// that cite the same sources share one list of them. A whole graph read this way is what the analysis holds, and
/// without sharing each relationship carried two copies of ids and each record its own copy of its sources
/// (docs/benchmarks.md, "Memory").
/// </summary>
internal sealed class SharedReads
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<byte[], IReadOnlyList<SourceRef>> _sources = new(StoredBytes.Comparer);

    /// <summary>The one instance of <paramref name="id"/> in this read.</summary>
    public string Id(string id)
    {
        if (_ids.TryGetValue(id, out var kept))
        {
            return kept;
        }
        _ids.Add(id, id);
        return id;
    }

    /// <summary>The sources stored as <paramref name="utf8"/>, shared with every record of this read that stored the same.</summary>
    public IReadOnlyList<SourceRef> Sources(byte[] utf8)
    {
        if (!_sources.TryGetValue(utf8, out var sources))
        {
            sources = SourceJson.ReadDeferred(utf8);
            _sources.Add(utf8, sources);
        }
        return sources;
    }

    private sealed class StoredBytes : IEqualityComparer<byte[]>
    {
        public static readonly StoredBytes Comparer = new();

        public bool Equals(byte[]? x, byte[]? y) => x is null ? y is null : y is not null && x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] bytes)
        {
            var hash = new HashCode();
            hash.AddBytes(bytes);
            return hash.ToHashCode();
        }
    }
}
