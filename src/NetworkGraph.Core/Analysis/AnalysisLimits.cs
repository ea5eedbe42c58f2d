namespace NetworkGraph.Core.Analysis;

/// <summary>
/// The ranges the graph questions accept. They bound the work one request can ask for: a depth-4
/// neighbourhood or a 10-hop path already spans most real coordination graphs.
/// </summary>
public static class AnalysisLimits
{
    public const int MinCoordinationDepth = 1;
    public const int MaxCoordinationDepth = 4;
    public const int MinPathDepth = 1;
    public const int MaxPathDepth = 10;
    public const int DefaultPathDepth = 6;
    public const int MinBrokers = 1;
    public const int MaxBrokers = 100;
    public const int MinComparedTerritories = 1;
    public const int MaxComparedTerritories = 10;

    /// <summary>A count the API carries as a GraphQL Int (32 bits); a larger one is refused with what to narrow.</summary>
    public static int AsApiCount(long count, string what) =>
        count <= int.MaxValue
            ? (int)count
            : throw new AnalysisInputException($"{what} exceeds what the API can carry (2^31 - 1); restrict 'via' or 'territory'.");

    public static void EnsureInRange(string argument, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            throw new AnalysisInputException($"'{argument}' must be between {min} and {max}; it was {value}.");
        }
    }
}
