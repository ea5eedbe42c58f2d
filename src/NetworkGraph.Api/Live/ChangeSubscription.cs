using System.Threading.Channels;

namespace NetworkGraph.Api.Live;

/// <summary>One listener's events, in commit order; disposing it stops them and releases its buffer.</summary>
public sealed class ChangeSubscription(ChannelReader<AuditEvent> events, long start, Action release) : IDisposable
{
    private int _disposed;

    /// <summary>The graph version when listening began: the events are those of later batches.</summary>
    public long Start => start;

    public ChannelReader<AuditEvent> Events => events;

    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            release();
        }
    }
}
