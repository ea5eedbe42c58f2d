using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

/// <summary>
/// One request's view of the published analysis. The store's version is read once per request, however many graph
/// questions it asks. Every analytical field reads the same published analysis, unless a later field asks for a
/// <c>minVersion</c> the first one does not reach. A live event's rendering sets a floor so that its answer reflects
/// at least the change it reports. Each question answers as of the date it asks for (<c>asOf</c>), today by default.
/// </summary>
public sealed class RequestAnalysis(LatestAnalysis latest, RestrictedRankings restricted, RequestDate date, TimeProvider time)
{
    private readonly Lock _lock = new();
    private Task<long>? _observed;
    private Task<AnalysedGraph>? _analysis;
    private long? _floor;

    /// <summary>Every read of this request reflects at least <paramref name="graphVersion"/> (waiting for it within the bound).</summary>
    public void AtLeast(long graphVersion)
    {
        lock (_lock)
        {
            _floor = Math.Max(_floor ?? 0, graphVersion);
        }
    }

    /// <summary>The store's version as this request read it (once), which asks for a build when the analysis is behind.</summary>
    public Task<long> ObservedVersionAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _observed ??= latest.ObserveAsync(cancellationToken);
        }
    }

    /// <summary>The day this request counts as today.</summary>
    public DateOnly Today => date.Today;

    /// <summary>The published analysis as of <paramref name="asOf"/> (today when null).</summary>
    public async Task<GraphAnalysis> GetAsync(long? minVersion, DateOnly? asOf, CancellationToken cancellationToken) =>
        (await GetPublishedAsync(minVersion, cancellationToken)).Analysis.AsOf(asOf ?? Today);

    public Task<AnalysedGraph> GetPublishedAsync(long? minVersion, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _analysis = ResolveAsync(_analysis, minVersion, cancellationToken);
        }
    }

    /// <summary>
    /// The published brokers over every kind of link, as recent as the request's floor and <paramref name="minVersion"/>.
    /// As of a date (<paramref name="asOf"/>) on which the graph differs from the one they were ranked for, brokers
    /// ranked now on the analysis of that date; when null, the published ranking whatever its date.
    /// </summary>
    public async Task<AnalysedBrokers> GetBrokersAsync(long? minVersion, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var published = await latest.WaitForBrokersAsync(await WantedAsync(minVersion, cancellationToken), cancellationToken);
        if (asOf is not { } wanted || wanted == published.Date)
        {
            return published;
        }
        var analysis = await GetAsync(minVersion, wanted, cancellationToken);
        return analysis.Timeline.Same(published.Date, wanted) ? published : AnalysedBrokers.Of(analysis, analysis.RankBrokers(null), time.GetUtcNow());
    }

    /// <summary>
    /// The brokers of a restricted <paramref name="scope"/>: the newest ranking kept for it when it is as recent as the
    /// request's floor and <paramref name="minVersion"/>, else one ranked now on the request's analysis (and kept).
    /// </summary>
    /// <remarks>
    /// Only rankings of today's graph are kept among the restricted rankings: one as of another date is ranked on the
    /// request path, and kept only with that date's analysis while it lives.
    /// </remarks>
    public async Task<AnalysedBrokers> GetRestrictedBrokersAsync(BrokerScope scope, long? minVersion, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var wanted = await WantedAsync(minVersion, cancellationToken);
        var day = asOf ?? Today;
        var analysis = await GetAsync(minVersion, day, cancellationToken);
        var today = analysis.Timeline.Same(day, Today);
        if (today && restricted.Asked(scope) is { } kept && (wanted is null || kept.Version >= wanted) && analysis.Timeline.Same(kept.Date, day))
        {
            return kept;
        }
        var ranking = scope.Rank(analysis, time.GetUtcNow());
        if (today)
        {
            restricted.RankedForRequest(scope, ranking);
        }
        return ranking;
    }

    private async Task<AnalysedGraph> ResolveAsync(Task<AnalysedGraph>? earlier, long? minVersion, CancellationToken cancellationToken)
    {
        var wanted = await WantedAsync(minVersion, cancellationToken);
        if (earlier is not null)
        {
            try
            {
                var analysed = await earlier;
                if (wanted is null || analysed.Version >= wanted)
                {
                    return analysed;
                }
            }
            catch (Exception e) when (e is StaleAnalysisException or AnalysisInputException)
            {
                // An earlier field asked for more than was ready, or for too much; this one asks on its own terms.
            }
        }
        return await latest.WaitForGraphAsync(wanted, cancellationToken);
    }

    private async Task<long?> WantedAsync(long? minVersion, CancellationToken cancellationToken)
    {
        LatestAnalysis.CheckMinVersion(minVersion, await ObservedVersionAsync(cancellationToken));
        long? floor;
        lock (_lock)
        {
            floor = _floor;
        }
        return minVersion is null ? floor : floor is null ? minVersion : Math.Max(minVersion.Value, floor.Value);
    }
}
