using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Graph;
using NetworkGraph.Synthetic;
using Xunit.Abstractions;

namespace NetworkGraph.Tests.Analysis;

/// <summary>
/// Betweenness above the exact threshold is sampled (Riondato–Kornaropoulos). Its guarantee is checked against exact
/// Brandes on synthetic graphs of 10,000 institutions: in at least 1 - δ of seeded runs every estimate is within ε,
/// and the ten strongest brokers found by sampling include at least eight of the exact ten.
/// </summary>
public sealed class SampledBetweennessTests(ITestOutputHelper output)
{
    private const int Institutions = 10_000;
    private static readonly BetweennessSettings _sampled = BetweennessSettings.Default with { ExactUpTo = 0 };

    [Fact]
    public void sampled_betweenness_on_ten_thousand_institutions_keeps_the_epsilon_delta_guarantee_and_the_top_ten()
    {
        var runs = new List<(double MaxError, int TopTenOverlap)>();
        foreach (var graphSeed in new[] { 7, 2026 })
        {
            var snapshot = SyntheticSnapshot(graphSeed);
            var exact = Scores(GraphAnalysis.Build(snapshot, BetweennessSettings.AlwaysExact).RankBrokers(null));
            var exactTop = exact.Values.OrderByDescending(s => s.Betweenness).ThenBy(s => s.InstitutionId, StringComparer.Ordinal)
                .Take(10).Select(s => s.InstitutionId).ToHashSet();
            for (var seed = 1; seed <= 5; seed++)
            {
                var ranked = GraphAnalysis.Build(snapshot, _sampled with { Seed = seed }).RankBrokers(null);
                Assert.False(ranked.Exact);
                Assert.Equal(BetweennessSettings.DefaultEpsilon, ranked.Epsilon);
                Assert.Equal(BetweennessSettings.DefaultDelta, ranked.Delta);
                Assert.True(ranked.Samples > 0);
                var maxError = ranked.Scores.Max(s => Math.Abs(s.Betweenness - exact[s.InstitutionId].Betweenness));
                var overlap = ranked.Scores.Take(10).Count(s => exactTop.Contains(s.InstitutionId));
                runs.Add((maxError, overlap));
                output.WriteLine($"graph {graphSeed}, seed {seed}: {ranked.Samples} samples, max error {maxError:G3}, top-ten overlap {overlap}");
            }
        }

        var withinEpsilon = runs.Count(run => run.MaxError <= BetweennessSettings.DefaultEpsilon);
        Assert.True(
            withinEpsilon >= Math.Ceiling((1 - BetweennessSettings.DefaultDelta) * runs.Count),
            $"Runs within ε: {withinEpsilon} of {runs.Count}; errors {string.Join(", ", runs.Select(r => r.MaxError.ToString("G3")))}");
        Assert.All(runs, run => Assert.True(run.TopTenOverlap >= 8, $"Top-ten overlap {run.TopTenOverlap}"));
    }

    [Fact]
    public void the_same_seed_gives_the_same_estimates_and_the_status_says_how_they_were_made()
    {
        var snapshot = RandomGraphs.Connected(600, 1500, seed: 5).Graph.Snapshot();

        var first = GraphAnalysis.Build(snapshot, _sampled).RankBrokers(null);
        var second = GraphAnalysis.Build(snapshot, _sampled).RankBrokers(null);
        var exact = GraphAnalysis.Build(snapshot).RankBrokers(null);

        Assert.Equal(first.Scores, second.Scores);
        Assert.Equal(first.Samples, second.Samples);
        Assert.True(exact.Exact);
        Assert.Null(exact.Samples);
        Assert.Null(exact.Epsilon);
    }

    [Fact]
    public void a_graph_whose_shortest_paths_have_no_inside_is_exactly_zero_without_sampling()
    {
        var star = new TestGraph();
        star.Institution("a", GovernanceLevel.Municipal);
        star.Institution("b", GovernanceLevel.Municipal);
        star.RefersTo("a", "b");

        var ranked = GraphAnalysis.Build(star.Snapshot(), _sampled).RankBrokers(null);

        Assert.True(ranked.Exact);
        Assert.All(ranked.Scores, score => Assert.Equal(0, score.Betweenness));
    }

    private static GraphSnapshot SyntheticSnapshot(int seed)
    {
        var graph = SyntheticGraph.Generate(Institutions, seed);
        return new GraphSnapshot(1, graph.Nodes, graph.Relationships);
    }

    private static Dictionary<string, BrokerScore> Scores(RankedBrokers ranked) =>
        ranked.Scores.ToDictionary(score => score.InstitutionId, StringComparer.Ordinal);
}
