using System.ComponentModel.DataAnnotations;

namespace NetworkGraph.Api.Live;

/// <summary>How this instance follows the store's change feed, and the limits of the live transports (section <c>Live</c>), checked on start.</summary>
public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>How often the one shared read of the feed runs while anyone listens; the bound on how late another instance's write arrives.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10", ErrorMessage = "Live:PollInterval must be between 10 ms and 10 s.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Events kept for one listener that has not read them; past it the listener is ended as a slow consumer.</summary>
    [Range(1, 100_000, ErrorMessage = "Live:BufferPerListener must be between 1 and 100,000.")]
    public int BufferPerListener { get; set; } = 256;

    [Range(1, 1_000, ErrorMessage = "Live:MaxSubscriptionsPerConnection must be between 1 and 1,000.")]
    public int MaxSubscriptionsPerConnection { get; set; } = 10;

    /// <summary>Streams one client (a token's subject, or an address for anonymous callers) holds at once, over every connection.</summary>
    [Range(1, 100_000, ErrorMessage = "Live:MaxStreamsPerClient must be between 1 and 100,000.")]
    public int MaxStreamsPerClient { get; set; } = 50;

    [Range(1, 1_000_000, ErrorMessage = "Live:MaxStreams must be between 1 and 1,000,000.")]
    public int MaxStreams { get; set; } = 5_000;

    /// <summary>How long a WebSocket may wait before its <c>connection_init</c> (closed with 4408 after).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Live:ConnectionInitTimeout must be between 1 s and 5 min.")]
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the server pings a WebSocket, and sends an SSE heartbeat comment.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Live:KeepAliveInterval must be between 1 s and 10 min.")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A WebSocket that sends nothing (not even a pong) for this long is closed.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00", ErrorMessage = "Live:IdleTimeout must be between 5 s and 1 h.")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one write to a client may take before the client is dropped as not reading.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Live:SendTimeout must be between 1 s and 10 min.")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest WebSocket message a client may send (closed with 1009 beyond it).</summary>
    [Range(1_024, 16_777_216, ErrorMessage = "Live:MaxMessageBytes must be between 1 KiB and 16 MiB.")]
    public int MaxMessageBytes { get; set; } = 65_536;

    /// <summary>
    /// The most changes a subscription may ask to have replayed (its <c>after</c> that far behind the feed): each is
    /// executed for it, so a client further behind reads the current state with a query and subscribes from now.
    /// </summary>
    [Range(1, 10_000_000, ErrorMessage = "Live:MaxReplay must be between 1 and 10,000,000.")]
    public int MaxReplay { get; set; } = 10_000;

    /// <summary>
    /// Origins whose pages may open a WebSocket here (cross-site WebSocket hijacking): the service's own origin always
    /// may, clients that send no Origin (not browsers) may, any other needs to be listed, e.g. "https://planner.example.org".
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];
}
