using System.Diagnostics.Metrics;

namespace NetworkGraph.Api.Observability;

/// <summary>Our own instruments, beside ASP.NET Core's request duration.</summary>
public sealed class NetworkGraphMetrics : IDisposable
{
    public const string MeterName = "NetworkGraph";

    private readonly Meter _meter;

    public NetworkGraphMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        RoundTrips = _meter.CreateHistogram<int>(
            "networkgraph.store.round_trips", "{round_trip}", "Store round trips per GraphQL request: bounded by the query's depth, never by its items.");
        LiveStreams = _meter.CreateUpDownCounter<int>("networkgraph.live.streams", "{stream}", "Live streams open (subscriptions over WebSocket or SSE).");
        LiveEvents = _meter.CreateCounter<long>("networkgraph.live.events", "{event}", "Events sent to live streams.");
        AnalysisDuration = _meter.CreateHistogram<double>(
            "networkgraph.analysis.duration", "ms", "Time the background builder spent per analysis, by phase: load, build, prepare (gaps and dashboard), rank (betweenness).");
        LiveRefusals = _meter.CreateCounter<long>(
            "networkgraph.live.refusals", "{refusal}", "Live streams and connections refused or ended by a limit, by the limit.");
        ResultCacheLookups = _meter.CreateCounter<long>(
            "networkgraph.result_cache.lookups", "{lookup}", "Reads looked up in the result cache, by result: hit or miss.");
        ResultCacheEvictions = _meter.CreateCounter<long>(
            "networkgraph.result_cache.evictions", "{answer}", "Answers dropped from the result cache, by reason: size (least recently used) or graph_changed.");
    }

    public Histogram<int> RoundTrips { get; }

    public Counter<long> ResultCacheLookups { get; }

    public Counter<long> ResultCacheEvictions { get; }

    public UpDownCounter<int> LiveStreams { get; }

    public Counter<long> LiveEvents { get; }

    public Counter<long> LiveRefusals { get; }

    public Histogram<double> AnalysisDuration { get; }

    public void Dispose() => _meter.Dispose();
}
