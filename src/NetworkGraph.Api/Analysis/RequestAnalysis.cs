using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

/// <summary>
/// One analysis per request: every analytical field of a request reads the same published analysis, unless a later
/// field asks for a <c>minVersion</c> the first one does not reach. A live event's rendering sets a floor so that
/// its answer reflects at least the change it reports.
/// </summary>
public sealed class RequestAnalysis(LatestAnalysis latest)
{
    private readonly Lock _lock = new();
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

    public long? Floor
    {
        get
        {
            lock (_lock)
            {
                return _floor;
            }
        }
    }

    public async Task<GraphAnalysis> GetAsync(CancellationToken cancellationToken) => (await GetPublishedAsync(null, cancellationToken)).Analysis;

    public async Task<GraphAnalysis> GetAsync(long? minVersion, CancellationToken cancellationToken) =>
        (await GetPublishedAsync(minVersion, cancellationToken)).Analysis;

    public Task<AnalysedGraph> GetPublishedAsync(long? minVersion, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var wanted = Max(minVersion, _floor);
            var earlier = _analysis;
            _analysis = earlier is null
                ? latest.GetAsync(wanted, cancellationToken)
                : AtLeastAsync(earlier, wanted, cancellationToken);
            return _analysis;
        }
    }

    /// <summary>The published brokers over every kind of link, as recent as the request's floor and <paramref name="minVersion"/>.</summary>
    public Task<AnalysedBrokers> GetBrokersAsync(long? minVersion, CancellationToken cancellationToken) =>
        latest.GetBrokersAsync(Max(minVersion, Floor), cancellationToken);

    private async Task<AnalysedGraph> AtLeastAsync(Task<AnalysedGraph> earlier, long? wanted, CancellationToken cancellationToken)
    {
        AnalysedGraph analysed;
        try
        {
            analysed = await earlier;
        }
        catch (StaleAnalysisException)
        {
            // An earlier field asked for more than was ready; this one asks on its own terms.
            return await latest.GetAsync(wanted, cancellationToken);
        }
        return wanted is null || analysed.Version >= wanted ? analysed : await latest.GetAsync(wanted, cancellationToken);
    }

    private static long? Max(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
