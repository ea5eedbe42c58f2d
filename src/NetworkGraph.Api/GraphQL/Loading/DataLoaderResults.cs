using GraphQL.DataLoader;

namespace NetworkGraph.Api.GraphQL.Loading;

/// <summary>
/// Composition of pending loads. <see cref="Then{T}"/> hands the next pending load back to the
/// execution strategy instead of awaiting it, so every resolver of a level registers its keys
/// before any of them is fetched: chained loads stay one fetch per level.
/// </summary>
public static class DataLoaderResults
{
    public static IDataLoaderResult Then<T>(this IDataLoaderResult<T> first, Func<T, IDataLoaderResult> next) =>
        new Chained<T>(first, next);

    /// <summary>A pure transformation of a pending value; loads nothing itself.</summary>
    public static IDataLoaderResult<TOut> Select<TIn, TOut>(this IDataLoaderResult<TIn> source, Func<TIn, TOut> selector) =>
        new Mapped<TIn, TOut>(source, selector);

    /// <summary>Waits for all parts (already registered with their loaders) and gives their values in order.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> All<T>(IReadOnlyList<IDataLoaderResult<T>> parts) => new Combined<T>(parts);

    private sealed class Chained<T>(IDataLoaderResult<T> first, Func<T, IDataLoaderResult> next) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            next(await first.GetResultAsync(cancellationToken).ConfigureAwait(false));
    }

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> source, Func<TIn, TOut> selector) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            selector(await source.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed class Combined<T>(IReadOnlyList<IDataLoaderResult<T>> parts) : IDataLoaderResult<IReadOnlyList<T>>
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new T[parts.Count];
            for (var i = 0; i < parts.Count; i++)
            {
                values[i] = await parts[i].GetResultAsync(cancellationToken).ConfigureAwait(false);
            }
            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
