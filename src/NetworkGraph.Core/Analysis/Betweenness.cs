namespace NetworkGraph.Core.Analysis;

/// <summary>
/// Brandes' betweenness centrality on an unweighted, undirected graph, normalised by
/// (n-1)(n-2)/2, the number of pairs a node could stand between.
/// </summary>
internal static class Betweenness
{
    // Sources are split into a number of chunks that depends on n only, each summed in source
    // order and the chunks merged in order: floating-point sums then come out bit for bit the same
    // whatever the number of cores or the scheduling, so rankings never flip between runs.
    private const int SourcesPerChunk = 256;
    private const int MaxChunks = 16;

    public static double[] Compute(Adjacency adjacency) => Compute(adjacency, new ParallelOptions());

    public static double[] Compute(Adjacency adjacency, ParallelOptions parallel)
    {
        var n = adjacency.Count;
        var result = new double[n];
        if (n < 3)
        {
            return result;
        }
        var chunks = Math.Clamp(n / SourcesPerChunk, 1, MaxChunks);
        var partials = new double[chunks][];
        var components = new Components(adjacency);
        Parallel.For(
            0,
            chunks,
            parallel,
            () => new BrandesWorkspace(adjacency, components),
            (chunk, _, workspace) =>
            {
                var partial = new double[n];
                var end = (int)((long)n * (chunk + 1) / chunks);
                for (var source = (int)((long)n * chunk / chunks); source < end; source++)
                {
                    workspace.AccumulateFrom(source, partial);
                }
                partials[chunk] = partial;
                return workspace;
            },
            static _ => { });
        foreach (var partial in partials)
        {
            for (var node = 0; node < n; node++)
            {
                result[node] += partial[node];
            }
        }
        // Each unordered pair is counted from both of its ends, hence the half.
        var scale = 0.5 / ((n - 1.0) * (n - 2.0) / 2.0);
        for (var node = 0; node < n; node++)
        {
            result[node] *= scale;
        }
        return result;
    }
}
