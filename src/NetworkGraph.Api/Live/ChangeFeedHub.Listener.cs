using System.Threading.Channels;

namespace NetworkGraph.Api.Live;

public sealed partial class ChangeFeedHub
{
    /// <summary>One listener of the hub: its bounded buffer, and the last version it was handed (it skips what it had).</summary>
    private sealed class Listener
    {
        private readonly Channel<AuditEvent> _events;
        private readonly ChangeFeedHub _hub;
        private long _delivered;

        public Listener(int buffer, bool latestOnly, long start, ChangeFeedHub hub)
        {
            _events = Channel.CreateBounded<AuditEvent>(new BoundedChannelOptions(buffer)
            {
                SingleReader = true,
                SingleWriter = true,
                FullMode = latestOnly ? BoundedChannelFullMode.DropOldest : BoundedChannelFullMode.Wait,
            });
            _delivered = start;
            _hub = hub;
            Subscription = new ChangeSubscription(_events.Reader, start, () => _hub.Remove(this));
        }

        public ChangeSubscription Subscription { get; }

        /// <summary>Hands an event on; false when the listener is done (ended, or too slow and ended now).</summary>
        public bool Offer(AuditEvent change)
        {
            if (change.GraphVersion <= _delivered)
            {
                return true;
            }
            if (!_events.Writer.TryWrite(change))
            {
                Complete(new SlowConsumerException(_delivered));
                return false;
            }
            _delivered = change.GraphVersion;
            return !Subscription.IsDisposed;
        }

        public void Complete(Exception? error) => _events.Writer.TryComplete(error);
    }
}
