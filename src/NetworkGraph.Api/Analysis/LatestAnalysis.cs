using Microsoft.Extensions.Options;
using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

/// <summary>
/// The newest complete analysis and the newest broker ranking, as <see cref="AnalysisBuilder"/> publishes them off the
/// request path. Readers never wait for a build: they answer from what is published, unless they ask for a
/// <c>minVersion</c> not yet analysed, which waits up to <see cref="AnalysisOptions.MaxWait"/> and then fails with
/// <see cref="StaleAnalysisException"/>. Only before the very first build does a reader wait without asking.
/// </summary>
public sealed class LatestAnalysis(IGraphStore store, IOptions<AnalysisOptions> options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _due = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _published = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private AnalysedGraph? _graph;
    private AnalysedBrokers? _brokers;
    private int _building;
    private long _publications;

    public AnalysedGraph? Graph => Volatile.Read(ref _graph);

    public AnalysedBrokers? Brokers => Volatile.Read(ref _brokers);

    /// <summary>
    /// How many analyses and rankings were published so far: a number that changes whenever any answer drawn from the
    /// analysis may change (a ranking can be refined at the same graph version), for keys of cached answers.
    /// </summary>
    public long Publications => Volatile.Read(ref _publications);

    /// <summary>Whether a build of a newer analysis is under way.</summary>
    public bool Building => Volatile.Read(ref _building) != 0;

    /// <summary>
    /// Reads the store's version (one round trip, so a write by any instance is seen) and asks for a build when the
    /// analysis is behind it.
    /// </summary>
    public async Task<long> ObserveAsync(CancellationToken cancellationToken)
    {
        var version = await store.GetGraphVersionAsync(cancellationToken);
        Want(version);
        return version;
    }

    /// <summary>Refuses a <paramref name="minVersion"/> the graph, at <paramref name="graphVersion"/>, has not reached.</summary>
    public static void CheckMinVersion(long? minVersion, long graphVersion)
    {
        if (minVersion < 0)
        {
            throw new AnalysisInputException("'minVersion' must be 0 or more.");
        }
        if (minVersion > graphVersion)
        {
            throw new AnalysisInputException($"'minVersion' is {minVersion}, but the graph is at version {graphVersion}.");
        }
    }

    /// <summary>The newest published analysis, at least as recent as <paramref name="minVersion"/> when one is given.</summary>
    public Task<AnalysedGraph> WaitForGraphAsync(long? minVersion, CancellationToken cancellationToken) =>
        WaitForAsync(() => Graph, graph => graph.Version, minVersion, "analysis", cancellationToken);

    /// <summary>The newest ranking of brokers over every kind of link, at least as recent as <paramref name="minVersion"/> when one is given.</summary>
    public Task<AnalysedBrokers> WaitForBrokersAsync(long? minVersion, CancellationToken cancellationToken) =>
        WaitForAsync(() => Brokers, brokers => brokers.Version, minVersion, "betweenness", cancellationToken);

    /// <summary>
    /// The analysis of the graph as it is now (for downloads, which should hold the caller's last write): waits for
    /// the store's current version, within the same bound.
    /// </summary>
    public async Task<AnalysedGraph> GetCurrentAsync(CancellationToken cancellationToken) =>
        await WaitForGraphAsync(await ObserveAsync(cancellationToken), cancellationToken);

    /// <summary>Asks for an analysis of at least <paramref name="version"/>; the builder is woken when the published one is older.</summary>
    public void Want(long version)
    {
        if ((Graph?.Version ?? -1) < version)
        {
            Wake();
        }
    }

    internal void Wake() => Volatile.Read(ref _due).TrySetResult();

    /// <summary>For the builder: completes when a build is asked for after the last <see cref="TakeDue"/>.</summary>
    internal Task Due => Volatile.Read(ref _due).Task;

    /// <summary>For the builder, before it reads the store's version: what is asked from now on wakes it again.</summary>
    internal void TakeDue()
    {
        lock (_gate)
        {
            if (_due.Task.IsCompleted)
            {
                Volatile.Write(ref _due, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            }
        }
    }

    internal void SetBuilding(bool building) => Volatile.Write(ref _building, building ? 1 : 0);

    internal void Publish(GraphAnalysis analysis) => Publish(() => Volatile.Write(ref _graph, new AnalysedGraph(analysis, time.GetUtcNow())));

    internal void Publish(AnalysedBrokers brokers) => Publish(() => Volatile.Write(ref _brokers, brokers));

    /// <summary>Counts a publication made elsewhere (<see cref="RestrictedRankings"/>), so that answers cached before it are not served after.</summary>
    internal void Touch() => Publish(static () => { });

    /// <summary>For the builder's ranking: waits until an analysis other than <paramref name="ranked"/> is published (a newer version, or the same one on a new day).</summary>
    internal async Task<AnalysedGraph> WaitForGraphAfterAsync(AnalysedGraph? ranked, CancellationToken cancellationToken) =>
        await WaitForAsync(() => Graph is { } graph && !ReferenceEquals(graph, ranked) ? graph : null, graph => graph.Version, null, "analysis", cancellationToken);

    private void Publish(Action set)
    {
        TaskCompletionSource published;
        lock (_gate)
        {
            set();
            Interlocked.Increment(ref _publications);
            published = _published;
            _published = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        published.TrySetResult();
    }

    private async Task<T> WaitForAsync<T>(Func<T?> read, Func<T, long> versionOf, long? minVersion, string what, CancellationToken cancellationToken)
        where T : class
    {
        var started = time.GetTimestamp();
        while (true)
        {
            Task published;
            lock (_gate)
            {
                published = _published.Task;
            }
            // Read after taking the signal: a publication in between is either seen here or completes the signal.
            if (read() is { } value && (minVersion is null || versionOf(value) >= minVersion))
            {
                return value;
            }
            if (minVersion is null)
            {
                await published.WaitAsync(cancellationToken);
                continue;
            }
            var remaining = options.Value.MaxWait - time.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero || !await CompletesWithinAsync(published, remaining, cancellationToken))
            {
                throw new StaleAnalysisException(
                    $"The {what} has not reached graph version {minVersion} within {options.Value.MaxWait.TotalSeconds:0.###} s "
                    + $"(it is at {(read() is { } latest ? versionOf(latest) : "none yet")}); ask again shortly.");
            }
        }
    }

    private async Task<bool> CompletesWithinAsync(Task task, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await task.WaitAsync(timeout, time, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}

/// <summary>A published analysis and when it was built.</summary>
public sealed record AnalysedGraph(GraphAnalysis Analysis, DateTimeOffset BuiltAt)
{
    public long Version => Analysis.Version;
}

/// <summary>
/// A published broker ranking: the graph version it reflects, the date it answers for, the coordination graph it was
/// ranked on, the nodes of the institutions it can answer with (as of that version), and when it was computed. It
/// keeps no analysis alive.
/// </summary>
public sealed record AnalysedBrokers(
    long Version, DateOnly Date, RankedBrokers Ranking, long CoordinationId, IReadOnlyDictionary<string, NodeRecord> Institutions, DateTimeOffset ComputedAt)
{
    public static AnalysedBrokers Of(GraphAnalysis analysis, RankedBrokers ranking, DateTimeOffset computedAt) =>
        new(analysis.Version, analysis.Date, ranking, analysis.CoordinationId,
            ranking.Scores.Take(AnalysisLimits.MaxBrokers).ToDictionary(score => score.InstitutionId, score => analysis.Node(score.InstitutionId)!, StringComparer.Ordinal),
            computedAt);
}
