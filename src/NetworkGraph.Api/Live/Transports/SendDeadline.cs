namespace NetworkGraph.Api.Live.Transports;

/// <summary>
/// The bound on one write to a client: a write still pending after <c>Live:SendTimeout</c> is cancelled, and the
/// client dropped. One source reused for every write of a connection: arming and disarming it moves one timer, where a
/// timeout per write would create one, and a stream may write thousands of times.
/// </summary>
public sealed class SendDeadline(TimeSpan timeout, CancellationToken connection) : IDisposable
{
    private CancellationTokenSource _source = CancellationTokenSource.CreateLinkedTokenSource(connection);

    /// <summary>The token of a write that starts now.</summary>
    public CancellationToken Arm()
    {
        _source.CancelAfter(timeout);
        return _source.Token;
    }

    /// <summary>The write ended in time: the next one gets a full timeout again.</summary>
    public void Disarm()
    {
        if (_source.TryReset())
        {
            return;
        }
        // The deadline passed just as the write ended: a cancelled source is spent, so the next write gets a new one.
        _source.Dispose();
        _source = CancellationTokenSource.CreateLinkedTokenSource(connection);
    }

    /// <summary>Whether the last write was cancelled by its deadline rather than by the connection ending.</summary>
    public bool Expired => _source.IsCancellationRequested && !connection.IsCancellationRequested;

    public void Dispose() => _source.Dispose();
}
