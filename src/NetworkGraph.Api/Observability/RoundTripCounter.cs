namespace NetworkGraph.Api.Observability;

/// <summary>The store round trips one HTTP request has made so far; set as a request feature.</summary>
public sealed class RoundTripCounter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);
}
