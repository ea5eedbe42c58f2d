using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Analysis;

/// <summary>What removing actors or networks would break: hand-worked cases, and random graphs against removing and recomputing.</summary>
public sealed class WhatIfTests
{
    [Fact]
    public void removing_the_middle_of_a_chain_cuts_its_ends_apart_and_its_referral_pathway()
    {
        var analysis = new TestGraph().Institutions("a", "b", "c").RefersTo("a", "b").RefersTo("b", "c").Analyse();

        var result = analysis.WhatIf(["b"], null);

        Assert.Equal(1, result.LostPairs);
        Assert.Equal(["a", "c"], result.IsolatedIds);
        Assert.Equal((1, 2), (result.ComponentsBefore, result.ComponentsAfter));
        var pathway = Assert.Single(result.CutPathways);
        Assert.Equal([("a", "b"), ("b", "c")], pathway.Hops.Select(hop => (hop.FromId, hop.ToId)));
        Assert.All(pathway.Hops, hop => Assert.Equal(LinkKind.Referral, hop.Kind));
    }

    [Fact]
    public void a_pathway_with_another_referral_route_is_not_cut()
    {
        var analysis = new TestGraph().Institutions("a", "b", "c", "d")
            .RefersTo("a", "b").RefersTo("b", "c").RefersTo("a", "d").RefersTo("d", "c")
            .Analyse();

        var result = analysis.WhatIf(["b"], null);

        Assert.Empty(result.CutPathways);
        Assert.Equal(0, result.LostPairs);
    }

    [Fact]
    public void a_network_that_closes_takes_its_shared_links_with_it()
    {
        var analysis = new TestGraph().Institutions("a", "b", "c").Network("n").Network("m")
            .MemberOf("a", "n").MemberOf("b", "n").MemberOf("b", "m").MemberOf("c", "m")
            .Analyse();

        var result = analysis.WhatIf(["n"], null);

        Assert.Equal(2, result.LostPairs); // (a,b) and (a,c)
        Assert.Equal(["a"], result.IsolatedIds);
        Assert.Equal((1, 2), (result.ComponentsBefore, result.ComponentsAfter));
    }

    [Fact]
    public void an_open_item_is_stranded_when_its_raiser_loses_every_path_to_those_who_act_on_its_theme()
    {
        var analysis = new TestGraph()
            .Institutions("ngo", "hub", "agency")
            .Theme("housing", GovernanceLevel.Municipal)
            .Holds("agency", "housing")
            .RefersTo("ngo", "hub").RefersTo("hub", "agency")
            .FeedbackItem("open-item", FeedbackStatus.Submitted, "2026-01-10T09:00:00Z").About("open-item", "housing").Raised("ngo", "open-item", "2026-01-10T09:00:00Z")
            .FeedbackItem("closed-item", FeedbackStatus.Resolved, "2026-01-10T09:00:00Z").About("closed-item", "housing").Raised("ngo", "closed-item", "2026-01-10T09:00:00Z")
            .Analyse();

        Assert.Equal(["open-item"], analysis.WhatIf(["hub"], null).StrandedFeedbackIds);
        Assert.Empty(analysis.WhatIf(["ngo"], null).StrandedFeedbackIds); // its raiser is gone, not stranded
    }

    [Fact]
    public void a_gap_that_only_the_removal_opens_is_new()
    {
        var analysis = new TestGraph()
            .Institutions("a", "b")
            .Theme("housing", GovernanceLevel.Municipal)
            .Holds("a", "housing").Holds("b", "housing")
            .RefersTo("a", "b")
            .Analyse();
        var before = analysis.CoverageGaps(null, null, null);

        var result = analysis.WhatIf(["a"], null);

        Assert.NotEmpty(result.NewGaps);
        Assert.All(result.NewGaps, gap => Assert.DoesNotContain(before, old => old.ThemeId == gap.ThemeId && old.Kind == gap.Kind && old.Levels.SequenceEqual(gap.Levels)));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 5)]
    [InlineData(4, 2)]
    public void on_random_graphs_it_equals_removing_and_recomputing(int seed, int removedCount)
    {
        var random = RandomGraphs.Connected(60, 90, seed);
        var analysis = random.Graph.Analyse();
        var pick = new Random(seed);
        var removed = Enumerable.Range(0, 60).OrderBy(_ => pick.Next()).Take(removedCount).Select(RandomGraphs.Id).ToHashSet();
        var snapshot = random.Graph.Snapshot();
        var recomputed = GraphAnalysis.Build(snapshot with
        {
            Nodes = [.. snapshot.Nodes.Where(n => !removed.Contains(n.Id))],
            Relationships = [.. snapshot.Relationships.Where(r => !removed.Contains(r.FromId) && !removed.Contains(r.ToId))],
        });

        var result = analysis.WhatIf([.. removed], null);

        var (pairsBefore, _, _) = Connectivity(random.Referrals, removed, dropRemoved: false);
        var (pairsAfter, componentsAfter, isolatedAfter) = Connectivity(random.Referrals, removed, dropRemoved: true);
        Assert.Equal(pairsBefore - pairsAfter, result.LostPairs);
        Assert.Equal(componentsAfter, result.ComponentsAfter);
        Assert.Equal(isolatedAfter.Order(), result.IsolatedIds.Order());
        Assert.Equal(
            recomputed.Brokers(10, null).Select(b => (b.InstitutionId, Math.Round(b.Betweenness, 9))),
            result.After.Brokers(10, null).Select(b => (b.InstitutionId, Math.Round(b.Betweenness, 9))));
    }

    [Theory]
    [InlineData("nobody")]
    [InlineData("housing")]
    public void ids_that_are_not_institutions_or_networks_are_not_found(string id)
    {
        var analysis = new TestGraph().Institutions("a").Theme("housing", GovernanceLevel.Municipal).Analyse();

        Assert.Throws<GraphNotFoundException>(() => analysis.WhatIf([id], null));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void it_takes_one_to_twenty_ids(int count)
    {
        var analysis = new TestGraph().Institutions("a").Analyse();

        Assert.Throws<AnalysisInputException>(() => analysis.WhatIf([.. Enumerable.Repeat("a", count)], null));
    }

    /// <summary>
    /// A plain count on the referral pairs: pairs of remaining institutions joined by a path, components and the
    /// institutions left without a link, with the removed ones in the graph or not.
    /// </summary>
    private static (long Pairs, int Components, List<string> Isolated) Connectivity(IReadOnlyList<(int A, int B)> links, HashSet<string> removed, bool dropRemoved)
    {
        var nodes = Enumerable.Range(0, 60).Select(RandomGraphs.Id).Where(id => !dropRemoved || !removed.Contains(id)).ToList();
        var neighbours = nodes.ToDictionary(id => id, _ => new HashSet<string>());
        foreach (var (a, b) in links.Select(l => (RandomGraphs.Id(l.A), RandomGraphs.Id(l.B))))
        {
            if (neighbours.ContainsKey(a) && neighbours.ContainsKey(b))
            {
                neighbours[a].Add(b);
                neighbours[b].Add(a);
            }
        }
        var component = new Dictionary<string, int>();
        foreach (var start in nodes.Where(id => !component.ContainsKey(id)))
        {
            var id = component.Count == 0 ? 0 : component.Values.Max() + 1;
            var stack = new Stack<string>([start]);
            component[start] = id;
            while (stack.TryPop(out var node))
            {
                foreach (var next in neighbours[node].Where(next => component.TryAdd(next, id)))
                {
                    stack.Push(next);
                }
            }
        }
        var pairs = nodes.Where(id => !removed.Contains(id)).GroupBy(id => component[id]).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        var hadLinks = links.SelectMany(l => new[] { RandomGraphs.Id(l.A), RandomGraphs.Id(l.B) }).ToHashSet();
        var isolated = nodes.Where(id => !removed.Contains(id) && neighbours[id].Count == 0 && hadLinks.Contains(id)).ToList();
        return (pairs, component.Values.Distinct().Count(), isolated);
    }
}
