using System.ComponentModel.DataAnnotations;

namespace NetworkGraph.Api.Caching;

/// <summary>The cache of read answers (section <c>ResultCache</c>), checked on start.</summary>
public sealed class ResultCacheOptions
{
    public const string Section = "ResultCache";

    /// <summary>Off: every read is parsed, validated and executed.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most the kept answers may take, their bytes and their keys; the least recently used go first.</summary>
    [Range(0, long.MaxValue, ErrorMessage = "ResultCache:MaxBytes must be 0 or more.")]
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>
    /// How long the graph version this instance read is trusted without reading the store again, and how long a kept
    /// answer is given after it was computed: the bound on how late another instance's write (or a replica's lag) is
    /// seen in cached answers. This instance's own writes are seen at once. 0: every answer is computed.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "ResultCache:RemoteWriteBound must be between 0 and 5 min.")]
    public TimeSpan RemoteWriteBound { get; set; } = TimeSpan.FromMilliseconds(250);
}
