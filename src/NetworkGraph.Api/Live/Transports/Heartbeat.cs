namespace NetworkGraph.Api.Live.Transports;

/// <summary>
/// One clock for every stream's keep-alive: <see cref="Next"/> completes every <c>Live:KeepAliveInterval</c>, so a
/// thousand idle streams wait on one timer rather than a thousand.
/// </summary>
public sealed class Heartbeat : IDisposable
{
    private readonly ITimer _timer;
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Heartbeat(Microsoft.Extensions.Options.IOptions<LiveOptions> options, TimeProvider time)
    {
        var interval = options.Value.KeepAliveInterval;
        _timer = time.CreateTimer(_ => Beat(), null, interval, interval);
    }

    /// <summary>Completes at the next beat.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    private void Beat() => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public void Dispose() => _timer.Dispose();
}
