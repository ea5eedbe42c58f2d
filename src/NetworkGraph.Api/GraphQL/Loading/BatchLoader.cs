using GraphQL.DataLoader;

namespace NetworkGraph.Api.GraphQL.Loading;

/// <summary>
/// Collects the keys that resolvers ask for while one level of a query executes, then fetches them
/// all in one call the first time any of their results is awaited. GraphQL.NET awaits pending
/// <see cref="IDataLoaderResult"/>s only after every other field of the level has run, so a level
/// costs one fetch per loader whatever the number of items. Results are cached for the request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetchAsync,
    TValue missing)
    where TKey : notnull
{
    private readonly TValue _missing = missing;
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, Batch> _batchOfKey = [];
    private Batch _open = new();

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_lock)
        {
            if (!_batchOfKey.TryGetValue(key, out var batch))
            {
                batch = _open;
                batch.Keys.Add(key);
                _batchOfKey[key] = batch;
            }
            return new PendingResult(this, batch, key);
        }
    }

    /// <summary>
    /// Records values that another call fetched (the nodes at the ends of an expansion), so that asking for
    /// them later costs no round trip. A key already asked for keeps its own batch.
    /// </summary>
    public void Prime(IEnumerable<KeyValuePair<TKey, TValue>> values)
    {
        var primed = new Batch();
        var known = new Dictionary<TKey, TValue>();
        lock (_lock)
        {
            foreach (var (key, value) in values)
            {
                if (_batchOfKey.TryAdd(key, primed))
                {
                    primed.Keys.Add(key);
                    known[key] = value;
                }
            }
            primed.Fetch = Task.FromResult<IReadOnlyDictionary<TKey, TValue>>(known);
        }
    }

    private Task<IReadOnlyDictionary<TKey, TValue>> Dispatch(Batch batch, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (batch.Fetch is null)
            {
                // Keys asked for from now on belong to the next level's batch.
                if (ReferenceEquals(batch, _open))
                {
                    _open = new Batch();
                }
                batch.Fetch = fetchAsync(batch.Keys, cancellationToken);
            }
            return batch.Fetch;
        }
    }

    private sealed class Batch
    {
        public HashSet<TKey> Keys { get; } = [];
        public Task<IReadOnlyDictionary<TKey, TValue>>? Fetch { get; set; }
    }

    private sealed class PendingResult(BatchLoader<TKey, TValue> loader, Batch batch, TKey key) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await loader.Dispatch(batch, cancellationToken).ConfigureAwait(false);
            return values.TryGetValue(key, out var value) ? value : loader._missing;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

}
