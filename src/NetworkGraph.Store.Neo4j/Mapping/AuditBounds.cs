using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Neo4j.Mapping;

internal static class AuditBounds
{
    /// <summary>
    /// Stored instants keep whole milliseconds (<see cref="Instants.Format"/>). A stored instant is at or
    /// after a bound exactly when it is at or after the bound rounded up to the millisecond, so rounding up
    /// filters the instants the port returns without error, and the fixed-width text compares in time order.
    /// </summary>
    public static string Format(DateTimeOffset instant)
    {
        var remainder = instant.UtcTicks % TimeSpan.TicksPerMillisecond;
        var fitsAnotherMillisecond = instant.UtcTicks <= DateTimeOffset.MaxValue.UtcTicks - TimeSpan.TicksPerMillisecond;
        return Instants.Format(remainder == 0 || !fitsAnotherMillisecond ? instant : instant.AddTicks(TimeSpan.TicksPerMillisecond - remainder));
    }
}
