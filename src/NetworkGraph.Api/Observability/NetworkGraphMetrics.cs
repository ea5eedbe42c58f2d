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
    }

    public Histogram<int> RoundTrips { get; }

    public void Dispose() => _meter.Dispose();
}
