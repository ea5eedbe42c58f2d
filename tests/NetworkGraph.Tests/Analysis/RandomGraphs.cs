using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Analysis;

/// <summary>Seeded random coordination graphs, for comparing the fast algorithms with plain reference ones.</summary>
public static class RandomGraphs
{
    public static string Id(int i) => $"i{i:D5}";

    /// <summary>A random spanning tree (so the graph is connected and has cut vertices) plus extra random referrals.</summary>
    public static RandomGraph Connected(int institutions, int links, int seed)
    {
        var random = new Random(seed);
        var graph = new TestGraph();
        for (var i = 0; i < institutions; i++)
        {
            graph.Institution(Id(i), (GovernanceLevel)(i % 3));
        }
        var pairs = new HashSet<(int A, int B)>();
        for (var i = 1; i < institutions; i++)
        {
            pairs.Add((random.Next(i), i));
        }
        while (pairs.Count < links)
        {
            var a = random.Next(institutions);
            var b = random.Next(institutions);
            if (a != b)
            {
                pairs.Add((a, b));
            }
        }
        foreach (var (a, b) in pairs)
        {
            graph.RefersTo(Id(a), Id(b));
        }
        return new RandomGraph(graph, institutions, [.. pairs]);
    }
}

public sealed record RandomGraph(TestGraph Graph, int Institutions, IReadOnlyList<(int A, int B)> Referrals)
{
    /// <summary>Undirected neighbour sets: a referral in either direction links the pair once.</summary>
    public List<int>[] Neighbours()
    {
        var neighbours = Enumerable.Range(0, Institutions).Select(_ => new List<int>()).ToArray();
        foreach (var (a, b) in Referrals)
        {
            if (!neighbours[a].Contains(b))
            {
                neighbours[a].Add(b);
                neighbours[b].Add(a);
            }
        }
        return neighbours;
    }
}
