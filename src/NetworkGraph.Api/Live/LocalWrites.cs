using NetworkGraph.Api.Hosting;

namespace NetworkGraph.Api.Live;

/// <summary>
/// Tells this instance's followers of the graph (the change feed's hub, the analysis builder) that a change was just
/// committed here, so that they act at once rather than at their next interval. Changes of other instances arrive
/// by those intervals.
/// </summary>
public sealed class LocalWrites
{
    private readonly Lock _gate = new();
    private WriteSignal[] _signals = [];
    private long _ended;

    /// <summary>
    /// How many writes made here have ended, committed or failed: when it has not moved, no write of this instance
    /// can have changed the graph in between (see <see cref="Caching.GraphVersionClock"/>).
    /// </summary>
    public long Ended => Volatile.Read(ref _ended);

    /// <summary>A signal of its own for one follower: each follower is woken by every commit, whoever else waits.</summary>
    public WriteSignal Follow()
    {
        var signal = new WriteSignal();
        lock (_gate)
        {
            _signals = [.. _signals, signal];
        }
        return signal;
    }

    public void Committed()
    {
        Interlocked.Increment(ref _ended);
        foreach (var signal in Volatile.Read(ref _signals))
        {
            signal.Set();
        }
    }

    /// <summary>A write that failed: nothing to wake anyone for, but the graph may have changed all the same.</summary>
    public void Failed() => Interlocked.Increment(ref _ended);
}

/// <summary>One follower's wake-up: set by every local commit, reset by the follower's wait.</summary>
public sealed class WriteSignal
{
    private readonly SemaphoreSlim _committed = new(0, 1);
    private readonly Lock _gate = new();

    internal void Set()
    {
        // Under the lock no other Set can fill the semaphore in between, and a wait only empties it: when a wake-up is
        // already due, nothing is released (releasing would throw, once per write, under a stream of writes).
        lock (_gate)
        {
            if (_committed.CurrentCount == 0)
            {
                _committed.Release();
            }
        }
    }

    /// <summary>Completes when a change was committed since the last wait.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => _committed.WaitAsync(cancellationToken);
}

/// <summary>Wraps the store to signal <see cref="LocalWrites"/> after every committed write.</summary>
public sealed class SignallingGraphStore(IGraphStore inner, LocalWrites writes) : DelegatingGraphStore(inner)
{
    /// <summary>Wraps the registered store in this signal (the <see cref="LocalWrites"/> must be registered too).</summary>
    public static void Decorate(IServiceCollection services) =>
        services.DecorateGraphStore((provider, inner) => new SignallingGraphStore(inner, provider.GetRequiredService<LocalWrites>()));

    public override async Task<WriteResult> WriteAsync(WriteBatch batch, CancellationToken cancellationToken)
    {
        WriteResult result;
        try
        {
            result = await base.WriteAsync(batch, cancellationToken);
        }
        catch
        {
            // It may have committed before failing (a lost reply): what follows the version must look again.
            writes.Failed();
            throw;
        }
        writes.Committed();
        return result;
    }
}
