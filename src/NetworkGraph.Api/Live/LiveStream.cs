using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace NetworkGraph.Api.Live;

/// <summary>One serialized event for a transport: its cursor (the SSE id), when it has one, and the GraphQL answer as JSON.</summary>
public readonly record struct LiveMessage(string? Cursor, byte[] Payload);

/// <summary>
/// One subscription's events, in commit order: the changes after its cursor replayed from the store, then the live
/// ones from the shared read of the feed; each one the caller may see rendered with its selection. The dashboard
/// follows the feed from now and answers at most once per <see cref="DashboardInterval"/>. Ends with
/// <see cref="SlowConsumerException"/> when its reader falls a buffer behind; <see cref="LastCursor"/> says where to resume.
/// </summary>
public sealed class LiveStream(
    LiveFeed feed, FeedCursor? after, IReadOnlySet<string>? ids, LiveAudience audience, ChangeFeedHub hub, LiveRenderings renderings, TimeProvider time)
{
    public static readonly TimeSpan DashboardInterval = TimeSpan.FromSeconds(1);

    public LiveFeed Feed => feed;

    /// <summary>The cursor of the last event read, or the one the stream resumed after.</summary>
    public FeedCursor? LastCursor { get; private set; } = after;

    public IAsyncEnumerable<LiveMessage> ReadAllAsync(CancellationToken cancellationToken) =>
        feed == LiveFeed.Dashboard ? DashboardAsync(cancellationToken) : ChangesAsync(cancellationToken);

    private async IAsyncEnumerable<LiveMessage> ChangesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A cursor names an event; its batch is read again, and the events up to the cursor skipped.
        long? from = LastCursor is { } cursor ? Math.Max(0, cursor.GraphVersion - 1) : null;
        await foreach (var change in hub.FollowAsync(from, cancellationToken))
        {
            if (EventOf(change) is not { } live || (LastCursor is { } last && live.Cursor <= last))
            {
                continue;
            }
            var payload = await renderings.RenderAsync(audience, live).WaitAsync(cancellationToken);
            LastCursor = live.Cursor;
            if (payload is not null)
            {
                yield return new LiveMessage(live.Cursor!.Value.Text, payload);
            }
        }
    }

    private LiveEvent? EventOf(AuditEvent change) => feed switch
    {
        LiveFeed.Graph => new GraphChangeEvent(change),
        _ => FeedbackStatusChanges.Of(change) is { } moved && (ids is null || ids.Contains(moved.ItemId)) ? moved : null,
    };

    private async IAsyncEnumerable<LiveMessage> DashboardAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var subscription = await hub.ListenAsync(latestOnly: true, cancellationToken);
        var events = subscription.Events;
        var due = time.GetUtcNow();
        while (await events.WaitToReadAsync(cancellationToken))
        {
            var wait = due - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                // Changes that come meanwhile are answered together by the one event after the wait.
                await Task.Delay(wait, time, cancellationToken);
            }
            var version = Drain(events);
            due = time.GetUtcNow() + DashboardInterval;
            var payload = await renderings.RenderAsync(audience, new DashboardEvent(version)).WaitAsync(cancellationToken);
            if (payload is not null)
            {
                yield return new LiveMessage(null, payload);
            }
        }
    }

    private static long Drain(ChannelReader<AuditEvent> events)
    {
        long version = 0;
        while (events.TryRead(out var change))
        {
            version = change.GraphVersion;
        }
        return version;
    }
}
