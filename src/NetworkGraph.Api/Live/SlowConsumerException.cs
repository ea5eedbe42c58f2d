namespace NetworkGraph.Api.Live;

/// <summary>Ends a listener that fell further behind than its buffer: it resumes from the last cursor it read.</summary>
public sealed class SlowConsumerException(long lastDelivered)
    : Exception($"The listener fell more than its buffer behind; resume after graph version {lastDelivered}.")
{
    public const string Code = "SLOW_CONSUMER";

    /// <summary>The graph version of the last event the listener was given, its cursor to resume from.</summary>
    public long LastDelivered { get; } = lastDelivered;
}
