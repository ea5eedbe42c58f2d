namespace NetworkGraph.Core.Analysis;

/// <summary>
/// Betweenness estimated from r shortest paths drawn uniformly (Riondato and Kornaropoulos, "Fast approximation of
/// betweenness centrality through sampling", WSDM 2014): draw a pair (u, v) of distinct nodes uniformly, then one of
/// their shortest paths uniformly, and credit each node inside it with 1/r. With
/// r = (c / ε²)(⌊log2(VD - 2)⌋ + 1 + ln(1/δ)), c = 0.5 and VD the vertex diameter (nodes on a longest shortest path;
/// an upper bound serves), every estimate is within ε of the exact value with probability at least 1 - δ.
/// </summary>
/// <remarks>
/// The estimates are of Σ σ_uv(w)/σ_uv over ordered pairs divided by n(n - 1); <see cref="Betweenness"/> divides the
/// same sum over unordered pairs by (n - 1)(n - 2)/2, that is n/(n - 2) times more. The sample size is taken for
/// ε(n - 2)/n so the guarantee holds on this service's scale. Samples are split into chunks fixed by r alone, each with
/// its own seeded generator, and counts are integers: the result is the same on any number of cores.
/// </remarks>
internal static class SampledBetweenness
{
    /// <summary>The constant of the Vapnik–Chervonenkis bound that Riondato and Kornaropoulos use.</summary>
    private const double UniversalConstant = 0.5;
    private const int SamplesPerChunk = 2_048;

    public static BetweennessValues Estimate(Adjacency adjacency, BetweennessSettings settings)
    {
        var (epsilon, delta, seed) = (settings.Epsilon, settings.Delta, settings.Seed);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(epsilon);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(delta);
        var n = adjacency.Count;
        var components = new Components(adjacency);
        var vertexDiameter = VertexDiameter.UpperBound(adjacency, components);
        if (n < 3 || vertexDiameter < 3)
        {
            // No shortest path has a node inside it: every betweenness is exactly zero.
            return new BetweennessValues(new double[n], Exact: true);
        }
        var samples = SampleSize(n, vertexDiameter, epsilon, delta);
        var chunks = (samples + SamplesPerChunk - 1) / SamplesPerChunk;
        var counts = new int[chunks][];
        Parallel.For(
            0,
            chunks,
            settings.Parallel,
            () => new ShortestPathSampler(adjacency, components),
            (chunk, _, sampler) =>
            {
                var random = new Random(HashCode.Combine(seed, chunk));
                var count = new int[n];
                var end = Math.Min(samples, (chunk + 1) * SamplesPerChunk);
                for (var sample = chunk * SamplesPerChunk; sample < end; sample++)
                {
                    var u = random.Next(n);
                    var v = random.Next(n - 1);
                    sampler.CreditInterior(u, v >= u ? v + 1 : v, random, count);
                }
                counts[chunk] = count;
                return sampler;
            },
            static _ => { });
        var values = new double[n];
        var scale = n / ((n - 2.0) * samples);
        for (var node = 0; node < n; node++)
        {
            long total = 0;
            foreach (var count in counts)
            {
                total += count[node];
            }
            values[node] = total * scale;
        }
        return new BetweennessValues(values, Exact: false, samples, epsilon, delta);
    }

    /// <summary>The Riondato–Kornaropoulos sample size for ε on this service's scale (see remarks).</summary>
    public static int SampleSize(int n, int vertexDiameter, double epsilon, double delta)
    {
        var scaledEpsilon = epsilon * (n - 2.0) / n;
        var size = UniversalConstant / (scaledEpsilon * scaledEpsilon)
            * (Math.Floor(Math.Log2(vertexDiameter - 2)) + 1 + Math.Log(1 / delta));
        return (int)Math.Min(int.MaxValue, Math.Ceiling(size));
    }
}
