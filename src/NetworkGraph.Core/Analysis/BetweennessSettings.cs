namespace NetworkGraph.Core.Analysis;

/// <summary>
/// How betweenness is computed: exactly (Brandes) for coordination graphs of up to <see cref="ExactUpTo"/>
/// institutions, above that estimated from sampled shortest paths with the Riondato–Kornaropoulos guarantee: with
/// probability at least 1 - <see cref="Delta"/>, every institution's estimate is within <see cref="Epsilon"/> of
/// its exact value.
/// </summary>
public sealed record BetweennessSettings(int ExactUpTo, double Epsilon, double Delta, int Seed)
{
    public const int DefaultExactUpTo = 5_000;
    public const double DefaultEpsilon = 0.01;
    public const double DefaultDelta = 0.1;

    public static BetweennessSettings Default { get; } = new(DefaultExactUpTo, DefaultEpsilon, DefaultDelta, Seed: 1);

    /// <summary>How many cores one computation may use; -1 for all of them.</summary>
    public int MaxParallelism { get; init; } = -1;

    internal ParallelOptions Parallel => new() { MaxDegreeOfParallelism = MaxParallelism };

    /// <summary>The same settings, always exact (for small scopes and tests).</summary>
    public static BetweennessSettings AlwaysExact { get; } = Default with { ExactUpTo = int.MaxValue };
}

/// <summary>Betweenness per node with how it was obtained: exact, or sampled with its sample count and bounds.</summary>
public sealed record BetweennessValues(double[] Values, bool Exact, int? Samples = null, double? Epsilon = null, double? Delta = null)
{
    internal static BetweennessValues Compute(Adjacency adjacency, BetweennessSettings settings) =>
        adjacency.Count <= settings.ExactUpTo
            ? new BetweennessValues(Betweenness.Compute(adjacency, settings.Parallel), Exact: true)
            : SampledBetweenness.Estimate(adjacency, settings);
}
