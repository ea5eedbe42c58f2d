using Microsoft.Extensions.Options;
using NetworkGraph.Api.Observability;

namespace NetworkGraph.Api.Caching;

/// <summary>
/// Serialized answers of read operations, kept for one state of the graph and its analysis at a time: the first
/// answer kept for a newer state drops every answer of the older one, which no request can ask for again (both only
/// move forward). Bounded by bytes, least recently used first out; one lock, every step under it a dictionary and a
/// linked-list step (or the drop of everything). An answer is given for at most
/// <see cref="ResultCacheOptions.RemoteWriteBound"/> after it was computed: a store that serves reads from replicas (a
/// Neo4j cluster's followers) may answer from a state older than the version the request read, and this bounds how
/// long such an answer lives, as the same bound does for another instance's write.
/// </summary>
public sealed class ResultCache(IOptions<ResultCacheOptions> options, NetworkGraphMetrics metrics, TimeProvider time)
{
    // What a kept answer costs beyond its bytes and its key's characters: the entry, its node and the map's slot.
    private const int EntryOverhead = 128;

    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _lock = new();
    private readonly long _maxBytes = options.Value.MaxBytes;
    private readonly TimeSpan _maxAge = options.Value.RemoteWriteBound;
    private CacheState _state = new(-1, -1);
    private long _bytes;

    /// <summary>The bytes the kept answers take now, as they count against <see cref="ResultCacheOptions.MaxBytes"/>.</summary>
    public long Bytes
    {
        get
        {
            lock (_lock)
            {
                return _bytes;
            }
        }
    }

    public byte[]? Find(CacheState state, string key)
    {
        byte[]? body = null;
        lock (_lock)
        {
            if (state == _state && _entries.TryGetValue(key, out var node))
            {
                if (time.GetElapsedTime(node.Value.KeptAt) < _maxAge)
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                    body = node.Value.Body;
                }
                else
                {
                    Drop(node);
                }
            }
        }
        metrics.ResultCacheLookups.Add(1, new KeyValuePair<string, object?>("result", body is null ? "miss" : "hit"));
        return body;
    }

    /// <summary>Keeps an answer of <paramref name="state"/>, unless a newer state's answers are kept already or it alone exceeds the bound.</summary>
    public void Keep(CacheState state, string key, byte[] body)
    {
        var size = Size(key, body);
        if (size > _maxBytes)
        {
            return;
        }
        var evicted = 0;
        var dropped = 0;
        lock (_lock)
        {
            if (state != _state)
            {
                if (!state.IsAfter(_state))
                {
                    return;
                }
                dropped = _entries.Count;
                _entries.Clear();
                _recency.Clear();
                _bytes = 0;
                _state = state;
            }
            if (_entries.TryGetValue(key, out var existing))
            {
                Drop(existing);
            }
            _entries[key] = _recency.AddFirst(new Entry(key, body, time.GetTimestamp()));
            _bytes += size;
            while (_bytes > _maxBytes)
            {
                Drop(_recency.Last!);
                evicted++;
            }
        }
        if (evicted > 0)
        {
            metrics.ResultCacheEvictions.Add(evicted, new KeyValuePair<string, object?>("reason", "size"));
        }
        if (dropped > 0)
        {
            metrics.ResultCacheEvictions.Add(dropped, new KeyValuePair<string, object?>("reason", "graph_changed"));
        }
    }

    /// <summary>Takes one answer out, under the lock.</summary>
    private void Drop(LinkedListNode<Entry> node)
    {
        _recency.Remove(node);
        _entries.Remove(node.Value.Key);
        _bytes -= Size(node.Value.Key, node.Value.Body);
    }

    private static long Size(string key, byte[] body) => body.Length + (key.Length * 2L) + EntryOverhead;

    private sealed record Entry(string Key, byte[] Body, long KeptAt);
}

/// <summary>What every kept answer was computed from: the graph version and how many analyses had been published.</summary>
public readonly record struct CacheState(long GraphVersion, long AnalysisPublications)
{
    public bool IsAfter(CacheState other) =>
        GraphVersion >= other.GraphVersion && AnalysisPublications >= other.AnalysisPublications && this != other;
}
