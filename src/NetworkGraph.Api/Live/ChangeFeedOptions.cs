using System.ComponentModel.DataAnnotations;

namespace NetworkGraph.Api.Live;

/// <summary>How this instance follows the store's change feed (section <c>Live</c>), checked on start.</summary>
public sealed class ChangeFeedOptions
{
    public const string Section = "Live";

    /// <summary>How often the one shared read of the feed runs while anyone listens; the bound on how late another instance's write arrives.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10", ErrorMessage = "Live:PollInterval must be between 10 ms and 10 s.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Events kept for one listener that has not read them; past it the listener is ended as a slow consumer.</summary>
    [Range(1, 100_000, ErrorMessage = "Live:BufferPerListener must be between 1 and 100,000.")]
    public int BufferPerListener { get; set; } = 256;
}
