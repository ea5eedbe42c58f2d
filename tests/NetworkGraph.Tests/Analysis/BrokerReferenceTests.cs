using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Tests.Analysis;

/// <summary>
/// The parallel Brandes and the iterative Tarjan checked against their definitions on a random graph
/// large enough that the sources are split into several chunks.
/// </summary>
public sealed class BrokerReferenceTests
{
    private const int Institutions = 520;
    private static readonly RandomGraph _random = RandomGraphs.Connected(Institutions, 1100, seed: 2025);

    [Fact]
    public void betweenness_matches_the_definition_summed_over_every_pair()
    {
        var expected = ReferenceBetweenness(_random.Neighbours());

        var brokers = _random.Graph.Analyse().Brokers(AnalysisLimits.MaxBrokers, null);

        Assert.Equal(AnalysisLimits.MaxBrokers, brokers.Count);
        Assert.All(brokers, score => Assert.Equal(expected[Index(score.InstitutionId)], score.Betweenness, 1e-9));
        Assert.True(brokers[0].Betweenness > 0);
    }

    [Fact]
    public void articulation_points_are_exactly_the_institutions_whose_removal_splits_the_graph()
    {
        // Small enough that every institution comes back in one ranking of at most 100.
        var random = RandomGraphs.Connected(90, 110, seed: 11);
        var neighbours = random.Neighbours();
        var expected = Enumerable.Range(0, random.Institutions)
            .Where(removed => Components(neighbours, removed) > Components(neighbours, -1))
            .Select(RandomGraphs.Id)
            .Order(StringComparer.Ordinal);

        var brokers = random.Graph.Analyse().Brokers(AnalysisLimits.MaxBrokers, null);

        Assert.Equal(random.Institutions, brokers.Count);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, brokers.Where(b => b.ArticulationPoint).Select(b => b.InstitutionId).Order(StringComparer.Ordinal));
    }

    private static int Index(string id) => int.Parse(id.AsSpan(1), provider: System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Betweenness from its definition: for each pair (s,t), each v on a shortest path gets σ(s,v)σ(v,t)/σ(s,t).</summary>
    private static double[] ReferenceBetweenness(List<int>[] neighbours)
    {
        var n = neighbours.Length;
        var distance = new int[n][];
        var paths = new double[n][];
        for (var s = 0; s < n; s++)
        {
            (distance[s], paths[s]) = Bfs(neighbours, s);
        }
        var betweenness = new double[n];
        for (var s = 0; s < n; s++)
        {
            for (var t = s + 1; t < n; t++)
            {
                if (distance[s][t] < 0)
                {
                    continue;
                }
                for (var v = 0; v < n; v++)
                {
                    if (v != s && v != t && distance[s][v] >= 0 && distance[s][v] + distance[v][t] == distance[s][t])
                    {
                        betweenness[v] += paths[s][v] * paths[v][t] / paths[s][t];
                    }
                }
            }
        }
        var pairs = (n - 1.0) * (n - 2.0) / 2.0;
        return [.. betweenness.Select(value => value / pairs)];
    }

    private static (int[] Distance, double[] Paths) Bfs(List<int>[] neighbours, int source)
    {
        var distance = Enumerable.Repeat(-1, neighbours.Length).ToArray();
        var paths = new double[neighbours.Length];
        distance[source] = 0;
        paths[source] = 1;
        var queue = new Queue<int>([source]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var next in neighbours[node])
            {
                if (distance[next] < 0)
                {
                    distance[next] = distance[node] + 1;
                    queue.Enqueue(next);
                }
                if (distance[next] == distance[node] + 1)
                {
                    paths[next] += paths[node];
                }
            }
        }
        return (distance, paths);
    }

    private static int Components(List<int>[] neighbours, int removed)
    {
        var seen = new bool[neighbours.Length];
        var components = 0;
        for (var start = 0; start < neighbours.Length; start++)
        {
            if (start == removed || seen[start])
            {
                continue;
            }
            components++;
            var stack = new Stack<int>([start]);
            seen[start] = true;
            while (stack.TryPop(out var node))
            {
                foreach (var next in neighbours[node].Where(next => next != removed && !seen[next]))
                {
                    seen[next] = true;
                    stack.Push(next);
                }
            }
        }
        return components;
    }
}
