using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Feedback;

namespace NetworkGraph.Api.Analysis;

/// <summary>
/// Keeps the last built <see cref="GraphAnalysis"/> and rebuilds it only when the store's version
/// has moved. The version lives in the store, so a write made by any instance is seen by the first
/// analytical query after it; repeated queries cost one version read, not a reload. When the change
/// feed shows that only feedback moved since the last analysis, its coordination graph, brokers and
/// gaps are taken over rather than computed again.
/// </summary>
public sealed class AnalysisCache(IGraphStore store) : IDisposable
{
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private GraphAnalysis? _current;
    private long _keptCoordination;

    /// <summary>How many rebuilds took the coordination graph over from the analysis before (for metrics and tests).</summary>
    public long KeptCoordination => Interlocked.Read(ref _keptCoordination);

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
            var previous = current is not null && await OnlyFeedbackSinceAsync(current.Version, snapshot.Version, cancellationToken) ? current : null;
            var analysis = await Task.Run(
                () => previous is null ? GraphAnalysis.Build(snapshot) : GraphAnalysis.BuildAfterFeedback(snapshot, previous), cancellationToken);
            if (previous is not null)
            {
                Interlocked.Increment(ref _keptCoordination);
            }
            Volatile.Write(ref _current, analysis);
            return analysis;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    /// <summary>One read of the change feed: whether every change between the two versions is a feedback lifecycle move.</summary>
    private async Task<bool> OnlyFeedbackSinceAsync(long analysed, long snapshot, CancellationToken cancellationToken)
    {
        if (snapshot - analysed is <= 0 or > ChangeFeed.MaxLimit)
        {
            return false;
        }
        var changes = await store.GetChangesAsync(analysed, ChangeFeed.MaxLimit, cancellationToken);
        return FeedbackOperations.OnlyFeedbackBetween(changes, analysed, snapshot);
    }

    public void Dispose() => _rebuild.Dispose();
}
