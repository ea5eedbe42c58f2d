namespace NetworkGraph.Tests.Stores;

/// <summary>A clock that moves only when a test moves it, so timestamps can be asserted exactly.</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now = _now.Add(by);
}
