using Microsoft.Extensions.Options;
using NetworkGraph.Api.Observability;

namespace NetworkGraph.Api.Live;

/// <summary>Counts the open streams of this instance, in total and per client, and refuses one past either limit.</summary>
public sealed class LiveLimits(IOptions<LiveOptions> options, NetworkGraphMetrics metrics)
{
    private readonly Dictionary<string, int> _perClient = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _total;

    public int Open
    {
        get
        {
            lock (_gate)
            {
                return _total;
            }
        }
    }

    /// <summary>A slot for one stream of <paramref name="client"/>, to dispose when the stream ends; or the refusal.</summary>
    public IDisposable Acquire(string client)
    {
        lock (_gate)
        {
            var limits = options.Value;
            if (_total >= limits.MaxStreams)
            {
                throw Refused("streams", "Live:MaxStreams", limits.MaxStreams, $"The service holds its most live streams ({limits.MaxStreams}); try again later.");
            }
            var held = _perClient.GetValueOrDefault(client);
            if (held >= limits.MaxStreamsPerClient)
            {
                throw Refused("streams_per_client", "Live:MaxStreamsPerClient", limits.MaxStreamsPerClient,
                    $"A client may hold at most {limits.MaxStreamsPerClient} live streams at once.");
            }
            _perClient[client] = held + 1;
            _total++;
        }
        metrics.LiveStreams.Add(1);
        return new Slot(this, client);
    }

    /// <summary>The refusal of a limit (LIMIT_EXCEEDED naming its setting, 429 over HTTP), counted under <paramref name="limit"/>.</summary>
    public RequestRefusedException Refused(string limit, string setting, double max, string message)
    {
        metrics.LiveRefusals.Add(1, new KeyValuePair<string, object?>("limit", limit));
        return Limits.LimitErrors.Refuse(setting, max, message, StatusCodes.Status429TooManyRequests);
    }

    private void Release(string client)
    {
        lock (_gate)
        {
            _total--;
            if (--_perClient[client] == 0)
            {
                _perClient.Remove(client);
            }
        }
        metrics.LiveStreams.Add(-1);
    }

    private sealed class Slot(LiveLimits limits, string client) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                limits.Release(client);
            }
        }
    }
}
