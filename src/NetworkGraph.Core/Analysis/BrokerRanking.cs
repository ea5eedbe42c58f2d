namespace NetworkGraph.Core.Analysis;

/// <summary>Every institution's broker score on the coordination graph restricted to some kinds, best broker first.</summary>
internal static class BrokerRanking
{
    // Betweenness sums differ in their last bits between nodes that are equal in exact arithmetic;
    // rounding the sort key lets such ties fall through to degree and id as the ranking intends.
    private const int RankingDigits = 12;

    public static RankedBrokers Rank(CoordinationGraph graph, int mask, BetweennessSettings settings)
    {
        var adjacency = graph.Restrict(mask);
        var computed = BetweennessValues.Compute(adjacency, settings);
        var betweenness = computed.Values;
        var cuts = ArticulationPoints.Find(adjacency);
        var scores = new BrokerScore[graph.Count];
        for (var node = 0; node < graph.Count; node++)
        {
            var crossLevel = 0;
            for (var e = adjacency.Offsets[node]; e < adjacency.Offsets[node + 1]; e++)
            {
                if (graph.Levels[node] is { } own && graph.Levels[adjacency.Targets[e]] is { } other && own != other)
                {
                    crossLevel++;
                }
            }
            scores[node] = new BrokerScore(graph.Ids[node], betweenness[node], adjacency.Degree(node), crossLevel, cuts[node]);
        }
        BrokerScore[] ranked =
        [
            .. scores
                .Select((score, node) => (Score: score, Node: node))
                .OrderByDescending(entry => Math.Round(entry.Score.Betweenness, RankingDigits))
                .ThenByDescending(entry => entry.Score.Degree)
                .ThenBy(entry => entry.Node)
                .Select(entry => entry.Score),
        ];
        return new RankedBrokers(ranked, computed.Exact, computed.Samples, computed.Epsilon, computed.Delta);
    }
}

/// <summary>Every institution's broker score, best broker first, and how its betweenness was obtained.</summary>
public sealed record RankedBrokers(IReadOnlyList<BrokerScore> Scores, bool Exact, int? Samples, double? Epsilon, double? Delta);
