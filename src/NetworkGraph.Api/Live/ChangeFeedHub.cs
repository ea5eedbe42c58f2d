using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;

namespace NetworkGraph.Api.Live;

/// <summary>
/// Follows the store's change feed for this instance (docs/architecture.md §5, "The port"): while anyone listens, one
/// read of the feed per interval, shared by every listener, whichever instance wrote the change; nothing while
/// nobody does. Each listener has a bounded buffer; one that falls behind is ended with
/// <see cref="SlowConsumerException"/> and never slows the others.
/// </summary>
public sealed partial class ChangeFeedHub(
    IGraphStore store, LocalWrites writes, IOptions<LiveOptions> options, TimeProvider time, ILogger<ChangeFeedHub> logger)
    : BackgroundService
{
    private readonly Lock _gate = new();
    private readonly WriteSignal _localCommit = writes.Follow();
    private readonly List<Listener> _listeners = [];
    private long? _position;
    private bool _stopped;

    /// <summary>
    /// Listens from the newest committed change on: the events of later batches, in commit order. Dispose the
    /// subscription to stop.
    /// </summary>
    public async Task<ChangeSubscription> ListenAsync(CancellationToken cancellationToken) => await ListenAsync(latestOnly: false, cancellationToken);

    /// <summary>
    /// Listens from the newest committed change on. With <paramref name="latestOnly"/>, a listener that only needs to
    /// know that something changed (the dashboard) keeps the latest event alone and is never ended as slow.
    /// </summary>
    public async Task<ChangeSubscription> ListenAsync(bool latestOnly, CancellationToken cancellationToken)
    {
        var start = await store.GetGraphVersionAsync(cancellationToken);
        var listener = new Listener(latestOnly ? 1 : options.Value.BufferPerListener, latestOnly, start, this);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stopped, this);
            // The hub reads from the oldest position anyone waits at: a listener that read its start just before a
            // poll moved past it still gets what followed. Listeners skip what they already had.
            _position = _position is { } current ? Math.Min(current, start) : start;
            _listeners.Add(listener);
        }
        return listener.Subscription;
    }

    /// <summary>
    /// Every change after <paramref name="afterGraphVersion"/> (null: from now), in commit order, then every later one as it commits:
    /// the past is read from the store page by page, the rest comes from the shared read, with no gap and no
    /// duplicate between them. Ends with <see cref="SlowConsumerException"/> when the caller falls a buffer behind.
    /// </summary>
    public async IAsyncEnumerable<AuditEvent> FollowAsync(long? afterGraphVersion, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var subscription = await ListenAsync(cancellationToken);
        var position = afterGraphVersion ?? subscription.Start;
        var replaying = position < subscription.Start;
        while (replaying)
        {
            var past = await store.GetChangesAsync(position, ChangeFeed.MaxLimit, cancellationToken);
            foreach (var change in past)
            {
                if (change.GraphVersion > subscription.Start)
                {
                    break;
                }
                position = change.GraphVersion;
                yield return change;
            }
            // Done when the page reached past the start, or was the last: a batch without an audit event (the seed)
            // may leave the position short of the start for good.
            replaying = past.Count == ChangeFeed.MaxLimit && past[^1].GraphVersion <= subscription.Start;
        }
        var events = subscription.Events;
        while (await events.WaitToReadAsync(cancellationToken))
        {
            while (events.TryRead(out var change))
            {
                if (change.GraphVersion > position)
                {
                    position = change.GraphVersion;
                    yield return change;
                }
            }
        }
    }

    /// <summary>How many listen now (for metrics and tests).</summary>
    public int ListenerCount
    {
        get
        {
            lock (_gate)
            {
                return _listeners.Count;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        Task<bool>? tick = null;
        Task? woken = null;
        try
        {
            while (true)
            {
                // The interval bounds how late another instance's change arrives; a local write wakes the read at once.
                tick ??= timer.WaitForNextTickAsync(stoppingToken).AsTask();
                woken ??= _localCommit.WaitAsync(stoppingToken);
                if (await Task.WhenAny(tick, woken) == tick)
                {
                    if (!await tick)
                    {
                        break;
                    }
                    tick = null;
                }
                else
                {
                    await woken;
                    woken = null;
                }
                try
                {
                    await PollAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // The store is away, or a read failed: the next tick reads from the same position, so nothing is
                    // lost, and one failed read never stops the service or ends the listeners.
                    logger.LogWarning(e, "The change feed could not be read");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The service stops.
        }
        finally
        {
            // Every listener ends cleanly, so each stream can say it is complete.
            lock (_gate)
            {
                _stopped = true;
                foreach (var listener in _listeners)
                {
                    listener.Complete(null);
                }
                _listeners.Clear();
                _position = null;
            }
        }
    }

    /// <summary>One shared read of the feed, until it is caught up, handed to every listener.</summary>
    public async Task PollAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            long position;
            lock (_gate)
            {
                if (_listeners.Count == 0 || _position is null)
                {
                    return;
                }
                position = _position.Value;
            }
            var changes = await store.GetChangesAsync(position, ChangeFeed.MaxLimit, cancellationToken);
            lock (_gate)
            {
                if (_position != position)
                {
                    // A listener joined at an older position while this read ran: read again from there, so that
                    // every listener gets its events in commit order (each skips what it already had).
                    continue;
                }
                if (changes.Count == 0)
                {
                    return;
                }
                _position = changes[^1].GraphVersion;
                foreach (var change in changes)
                {
                    _listeners.RemoveAll(listener => !listener.Offer(change));
                }
                if (_listeners.Count == 0)
                {
                    _position = null;
                    return;
                }
            }
            if (changes.Count < ChangeFeed.MaxLimit)
            {
                return;
            }
        }
    }

    private void Remove(Listener listener)
    {
        lock (_gate)
        {
            _listeners.Remove(listener);
            if (_listeners.Count == 0)
            {
                // Nobody listens: stop reading, and start again from the newest change for the next listener.
                _position = null;
            }
        }
    }
}
