using Microsoft.Extensions.Options;
using NetworkGraph.Api.Live;
using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Feedback;

namespace NetworkGraph.Api.Analysis;

/// <summary>
/// Keeps <see cref="LatestAnalysis"/> up to date off the request path (docs/architecture.md §3, "Freshness"). One
/// build at a time: woken by a local commit, by a reader that saw a newer store version, or by its interval, it
/// builds the newest snapshot, so every version committed while a build ran is covered by the next one and none is
/// built on its own. When only feedback moved since the last analysis, the coordination graph, gaps and brokers are
/// taken over. Brokers are ranked by a second loop on the newest analysis, so the slow betweenness never holds
/// back the other answers; a ranking whose coordination graph a newer analysis keeps is carried over at once.
/// </summary>
public sealed partial class AnalysisBuilder(
    LatestAnalysis latest, IGraphStore store, LocalWrites writes, IOptions<AnalysisOptions> options, TimeProvider time, ILogger<AnalysisBuilder> logger)
    : BackgroundService
{
    private readonly WriteSignal _localCommit = writes.Follow();
    private long _keptCoordination;

    /// <summary>How many builds took the coordination graph over from the analysis before (for metrics and tests).</summary>
    public long KeptCoordination => Interlocked.Read(ref _keptCoordination);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var ranking = Task.Run(() => RankLoopAsync(stoppingToken), stoppingToken);
        var woken = _localCommit.WaitAsync(stoppingToken);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                latest.TakeDue();
                try
                {
                    await BuildIfBehindAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogBuildFailed(exception);
                }
                if (!woken.IsCompleted && !latest.Due.IsCompleted)
                {
                    await Task.WhenAny(woken, latest.Due, Task.Delay(options.Value.PollInterval, time, stoppingToken));
                }
                if (woken.IsCompleted)
                {
                    woken = _localCommit.WaitAsync(stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await ranking.ContinueWith(static _ => { }, TaskScheduler.Default);
    }

    private async Task BuildIfBehindAsync(CancellationToken cancellationToken)
    {
        var version = await store.GetGraphVersionAsync(cancellationToken);
        var current = latest.Graph?.Analysis;
        if (current is not null && current.Version >= version)
        {
            return;
        }
        latest.SetBuilding(true);
        try
        {
            var snapshot = await store.GetSnapshotAsync(cancellationToken);
            var previous = current is not null && await OnlyFeedbackSinceAsync(current.Version, snapshot.Version, cancellationToken) ? current : null;
            var analysis = await Task.Run(
                () =>
                {
                    var built = previous is null
                        ? GraphAnalysis.Build(snapshot, options.Value.Betweenness)
                        : GraphAnalysis.BuildAfterFeedback(snapshot, previous);
                    built.Prepare();
                    return built;
                },
                cancellationToken);
            if (previous is not null)
            {
                Interlocked.Increment(ref _keptCoordination);
            }
            latest.Publish(analysis);
        }
        finally
        {
            latest.SetBuilding(false);
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

    private async Task RankLoopAsync(CancellationToken cancellationToken)
    {
        long ranked = -1;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var graph = await latest.WaitForGraphAfterAsync(ranked, cancellationToken);
                var analysis = graph.Analysis;
                var kept = latest.Brokers is { } before && before.CoordinationId == analysis.CoordinationId ? before : null;
                var ranking = kept?.Ranking ?? await Task.Run(() => analysis.RankBrokers(null), cancellationToken);
                latest.Publish(AnalysedBrokers.Of(analysis, ranking, kept?.ComputedAt ?? time.GetUtcNow()));
                ranked = analysis.Version;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogRankingFailed(exception);
                await Task.Delay(options.Value.PollInterval, cancellationToken).ContinueWith(static _ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Building the analysis failed; the previous one keeps answering until the next attempt.")]
    private partial void LogBuildFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ranking the brokers failed; the previous ranking keeps answering until the next attempt.")]
    private partial void LogRankingFailed(Exception exception);
}
