using Microsoft.Extensions.Options;
using NetworkGraph.Api.Live;
using NetworkGraph.Api.Observability;
using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

/// <summary>
/// Keeps <see cref="LatestAnalysis"/> up to date off the request path (docs/architecture.md §3, "Freshness"). One
/// build at a time: woken by a local commit, by a reader that saw a newer store version, or by its interval, it
/// builds the newest snapshot, so every version committed while a build ran is covered by the next one and none is
/// built on its own. After audited writes the last analysis is patched with what they changed
/// (<see cref="GraphAnalysis.BuildAfter"/>), keeping its coordination graph and rankings when no link moved. Brokers are ranked by a second loop on the newest analysis, so the slow betweenness never holds
/// back the other answers; a ranking whose coordination graph a newer analysis keeps is carried over at once. The same
/// loop keeps the rankings restricted to a territory or to some kinds of link that readers asked for (<see cref="RestrictedRankings"/>).
/// </summary>
public sealed partial class AnalysisBuilder(
    LatestAnalysis latest,
    RestrictedRankings restricted,
    IGraphStore store,
    AnalysisSnapshots snapshots,
    LocalWrites writes,
    IOptions<AnalysisOptions> options,
    NetworkGraphMetrics metrics,
    TimeProvider time,
    ILogger<AnalysisBuilder> logger)
    : BackgroundService
{
    /// <summary>From this many nodes, a whole build's garbage is worth a full compacting collection.</summary>
    private const int LargeGraph = 10_000;

    /// <summary>The least time between two of those collections.</summary>
    private static readonly TimeSpan _compactionInterval = TimeSpan.FromMinutes(5);

    private readonly WriteSignal _localCommit = writes.Follow();
    private long? _lastCompaction;
    private long _keptCoordination;

    private long _builds;

    /// <summary>How many analyses were built and published (for metrics and tests).</summary>
    public long Builds => Interlocked.Read(ref _builds);

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
        var today = Validity.Today(time);
        var current = latest.Graph?.Analysis;
        if (current is not null && current.Version >= version)
        {
            // A new day can start or end dated links: the analysis answers for today (patched, at the same version).
            if (current.AsOf(today) is var dated && !ReferenceEquals(dated, current))
            {
                dated.Prepare();
                latest.Publish(dated);
            }
            return;
        }
        current = current?.AsOf(today);
        latest.SetBuilding(true);
        try
        {
            var started = time.GetTimestamp();
            var (change, whole) = await snapshots.ReadAsync(current, cancellationToken);
            var patched = change is not null;
            var loaded = time.GetTimestamp();
            var (analysis, built) = await Task.Run(
                () =>
                {
                    var analysis = change is null
                        ? GraphAnalysis.Build(whole!, options.Value.Betweenness, today)
                        : GraphAnalysis.BuildAfter(current!, change);
                    var built = time.GetTimestamp();
                    analysis.Prepare();
                    return (analysis, built);
                },
                cancellationToken);
            var (load, build, prepare) = (Milliseconds(started, loaded), Milliseconds(loaded, built), Milliseconds(built, time.GetTimestamp()));
            Record("load", load);
            Record("build", build);
            Record("prepare", prepare);
            Interlocked.Increment(ref _builds);
            var kept = current is not null && analysis.CoordinationId == current.CoordinationId;
            LogBuilt(analysis.Version, load, build, prepare, patched, kept, GC.GetTotalMemory(forceFullCollection: false) >> 20);
            if (kept)
            {
                Interlocked.Increment(ref _keptCoordination);
            }
            latest.Publish(analysis);
            if (!patched && analysis.Snapshot.Nodes.Count >= LargeGraph
                && (_lastCompaction is null || time.GetElapsedTime(_lastCompaction.Value) >= _compactionInterval))
            {
                // Reading and building a whole large graph leaves a heap several graphs in size, which the runtime
                // keeps committed for a long while (on the first start, right after the seed's): give it back now.
                // At most once in a while: whole builds can follow each other under bursts of writes, and each
                // collection stops every thread.
                _lastCompaction = time.GetTimestamp();
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }
        }
        finally
        {
            latest.SetBuilding(false);
        }
    }

    private async Task RankLoopAsync(CancellationToken cancellationToken)
    {
        AnalysedGraph? ranked = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var graph = await latest.WaitForGraphAfterAsync(ranked, cancellationToken);
                var analysis = graph.Analysis;
                var kept = latest.Brokers is { } before && before.CoordinationId == analysis.CoordinationId ? before : null;
                var started = time.GetTimestamp();
                var ranking = kept?.Ranking ?? await Task.Run(() => analysis.RankBrokers(null), cancellationToken);
                var took = Milliseconds(started, time.GetTimestamp());
                if (kept is null)
                {
                    Record("rank", took);
                    LogRanked(analysis.Version, took, ranking.Exact);
                }
                latest.Publish(AnalysedBrokers.Of(analysis, ranking, kept?.ComputedAt ?? time.GetUtcNow()));
                ranked = graph;
                var worked = (kept is null ? took : 0) + await RankRestrictedAsync(analysis, cancellationToken);
                if (options.Value.RankingRest > 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(worked * options.Value.RankingRest), time, cancellationToken);
                }
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

    /// <summary>
    /// Ranks the restricted scopes readers asked about lately (<see cref="RestrictedRankings"/>) on the analysis just
    /// ranked; how long that took, in milliseconds. A scope over the whole graph whose coordination graph did not change
    /// takes its ranking over at once (the analysis carries its rankings).
    /// </summary>
    private async Task<double> RankRestrictedAsync(GraphAnalysis analysis, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var ranked = 0;
        // The stalest first; once one is ranked, a newer analysis goes first, so that the ranking over every link is
        // never held back by more than one scope, and under a stream of writes every scope still takes its turn.
        foreach (var (scope, kept) in restricted.Wanted().Where(entry => entry.Ranking.Version < analysis.Version || !analysis.Timeline.Same(entry.Ranking.Date, analysis.Date)).OrderBy(entry => entry.Ranking.Version))
        {
            if (ranked > 0 && latest.Graph?.Version > analysis.Version)
            {
                break;
            }
            try
            {
                restricted.Offer(scope, await Task.Run(() => scope.Rank(analysis, time.GetUtcNow()), cancellationToken));
                ranked++;
            }
            catch (GraphNotFoundException)
            {
                restricted.Forget(scope); // its territory is gone
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRestrictedFailed(exception, scope.Key);
            }
        }
        return Milliseconds(started, time.GetTimestamp());
    }

    private double Milliseconds(long from, long to) => time.GetElapsedTime(from, to).TotalMilliseconds;

    private void Record(string phase, double milliseconds) =>
        metrics.AnalysisDuration.Record(milliseconds, new KeyValuePair<string, object?>("phase", phase));

    [LoggerMessage(Level = LogLevel.Debug, Message = "Analysed version {Version}: load {Load:0} ms, build {Build:0} ms, gaps and dashboard {Prepare:0} ms (snapshot patched: {Patched}; coordination kept: {Kept}; managed heap {Heap} MiB)")]
    private partial void LogBuilt(long version, double load, double build, double prepare, bool patched, bool kept, long heap);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ranked the brokers of version {Version} in {Rank:0} ms (exact: {Exact})")]
    private partial void LogRanked(long version, double rank, bool exact);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Building the analysis failed; the previous one keeps answering until the next attempt.")]
    private partial void LogBuildFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ranking the brokers of the scope {Scope} failed; its previous ranking keeps answering until the next attempt.")]
    private partial void LogRestrictedFailed(Exception exception, string scope);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ranking the brokers failed; the previous ranking keeps answering until the next attempt.")]
    private partial void LogRankingFailed(Exception exception);
}
