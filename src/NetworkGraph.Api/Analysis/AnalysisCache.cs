using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

/// <summary>
/// Keeps the last built <see cref="GraphAnalysis"/> and rebuilds it only when the store's version
/// has moved. The version lives in the store, so a write made by any instance is seen by the first
/// analytical query after it; repeated queries cost one version read, not a reload.
/// </summary>
public sealed class AnalysisCache(IGraphStore store) : IDisposable
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private GraphAnalysis? _current;

    public async Task<GraphAnalysis> GetAsync(CancellationToken cancellationToken)
    {
        var version = await store.GetGraphVersionAsync(cancellationToken);
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Version >= version)
        {
            return current;
        }
        await _rebuild.WaitAsync(cancellationToken);
        try
        {
            // Another request may have rebuilt it while this one waited.
            current = _current;
            if (current is not null && current.Version >= version)
            {
                return current;
            }
            var snapshot = await store.GetSnapshotAsync(cancellationToken);
            var analysis = await Task.Run(() => GraphAnalysis.Build(snapshot), cancellationToken);
            Volatile.Write(ref _current, analysis);
            return analysis;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    public void Dispose() => _rebuild.Dispose();
}
