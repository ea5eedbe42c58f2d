using System.ComponentModel.DataAnnotations;
using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

/// <summary>How the analysis is kept up to date off the request path (section <c>Analysis</c>), checked on start.</summary>
public sealed class AnalysisOptions
{
    public const string Section = "Analysis";

    /// <summary>How long a graph question given <c>minVersion</c> waits for an analysis that recent before answering STALE_ANALYSIS.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "Analysis:MaxWait must be between 0 and 5 min.")]
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the builder reads the store's version when nothing local woke it: the bound on how late another instance's write is analysed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00", ErrorMessage = "Analysis:PollInterval must be between 10 ms and 1 min.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// After ranking the brokers, the ranking loop rests this many times as long as the ranking took before the next:
    /// under a stream of link writes it would otherwise take a core for good, and the builder and the requests share
    /// what is left (1: at most half of a core's time; 0: rank again at once).
    /// </summary>
    [Range(0.0, 10.0, ErrorMessage = "Analysis:RankingRest must be between 0 and 10.")]
    public double RankingRest { get; set; } = 1.0;

    /// <summary>Coordination graphs of up to this many institutions get exact betweenness; larger ones are sampled.</summary>
    [Range(0, int.MaxValue, ErrorMessage = "Analysis:ExactBetweennessUpTo must be 0 or more.")]
    public int ExactBetweennessUpTo { get; set; } = BetweennessSettings.DefaultExactUpTo;

    /// <summary>The most any sampled betweenness may be off, with probability 1 - BetweennessDelta.</summary>
    [Range(0.0001, 0.5, ErrorMessage = "Analysis:BetweennessEpsilon must be between 0.0001 and 0.5.")]
    public double BetweennessEpsilon { get; set; } = BetweennessSettings.DefaultEpsilon;

    [Range(0.0001, 0.5, ErrorMessage = "Analysis:BetweennessDelta must be between 0.0001 and 0.5.")]
    public double BetweennessDelta { get; set; } = BetweennessSettings.DefaultDelta;

    /// <summary>
    /// The settings every analysis computes betweenness with. It runs in the background beside the requests, so it
    /// leaves one core to them (on a machine with more than one).
    /// </summary>
    public BetweennessSettings Betweenness => new(ExactBetweennessUpTo, BetweennessEpsilon, BetweennessDelta, BetweennessSettings.Default.Seed)
    {
        MaxParallelism = Math.Max(1, Environment.ProcessorCount - 1),
    };
}
