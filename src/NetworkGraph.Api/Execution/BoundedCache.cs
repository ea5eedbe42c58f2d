namespace NetworkGraph.Api.Execution;

/// <summary>
/// A small least-recently-used map with a fixed capacity, safe for concurrent use. One lock is enough:
/// every operation under it is a dictionary and a linked-list step.
/// </summary>
public sealed class BoundedCache<TValue>(int capacity) : BoundedCache<string, TValue>(capacity, StringComparer.Ordinal);

/// <inheritdoc cref="BoundedCache{TValue}"/>
public class BoundedCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _entries = new(comparer);
    private readonly LinkedList<(TKey Key, TValue Value)> _recency = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(TKey key, out TValue value)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }
        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value)
    {
        if (capacity <= 0)
        {
            return;
        }
        lock (_lock)
        {
            if (_entries.Remove(key, out var existing))
            {
                _recency.Remove(existing);
            }
            _entries[key] = _recency.AddFirst((key, value));
            while (_entries.Count > capacity)
            {
                _entries.Remove(_recency.Last!.Value.Key);
                _recency.RemoveLast();
            }
        }
    }
}
