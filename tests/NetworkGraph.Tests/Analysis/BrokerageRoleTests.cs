using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Analysis;

/// <summary>
/// Brokerage roles between governance levels (Gould &amp; Fernandez): the five roles on hand-worked graphs, the
/// direction each kind of link runs in, open two-paths only, and the z-scores of R's <c>sna::brokerage</c>.
/// </summary>
public sealed class BrokerageRoleTests
{
    private const double Precision = 1e-9;

    /// <summary>
    /// v (municipal) receives referrals from a (municipal) and x (provincial) and refers to b (municipal), y
    /// (provincial) and z (regional). Its six open two-paths: a-v-b coordinator, x-v-y itinerant, a-v-y and a-v-z
    /// representative, x-v-b gatekeeper, x-v-z liaison.
    /// </summary>
    private static GraphAnalysis EveryRole() => new TestGraph()
        .Institution("v").Institution("a").Institution("b")
        .Institution("x", GovernanceLevel.Provincial).Institution("y", GovernanceLevel.Provincial)
        .Institution("z", GovernanceLevel.Regional)
        .RefersTo("a", "v").RefersTo("x", "v").RefersTo("v", "b").RefersTo("v", "y").RefersTo("v", "z")
        .Analyse();

    [Fact]
    public void one_broker_in_every_role()
    {
        var roles = EveryRole().BrokerageRoles(null);

        var v = roles.ByTotal[0];
        Assert.Equal(("v", 1, 1, 2, 1, 1, 6), (v.InstitutionId, v.Coordinator, v.Itinerant, v.Representative, v.Gatekeeper, v.Liaison, v.Total));
        Assert.All(roles.ByTotal.Skip(1), other => Assert.Equal(0, other.Total));
        Assert.Equal(["v", "a", "b", "x", "y", "z"], roles.ByTotal.Select(score => score.InstitutionId));
    }

    [Fact]
    public void z_scores_follow_the_null_model_of_sna_and_are_null_where_a_group_is_too_small()
    {
        // N = 6 institutions, 5 arcs, d = 5/30; groups: municipal 3, provincial 2, regional 1. Values computed from
        // the expectations and variances of sna::brokerage (an independent implementation of its formulas).
        var roles = EveryRole().BrokerageRoles(null);

        AssertZ(roles.Of("v")!.ZScores, 4.484623545096, 4.484623545096, 4.33992684673, 2.008025854457, 2.852890297724, 6.294736842105);
        AssertZ(roles.Of("a")!.ZScores, -0.217700172092, -0.217700172092, -0.323875137816, -0.323875137816, -0.29111125487, -0.526315789474);
        // A provincial broker has only one other provincial actor: no coordinator two-path is possible.
        AssertZ(roles.Of("x")!.ZScores, null, -0.33903175181, -0.264442942674, -0.264442942674, -0.33903175181, -0.526315789474);
        // The only regional actor can be neither coordinator nor representative nor gatekeeper.
        AssertZ(roles.Of("z")!.ZScores, null, -0.401205427143, null, null, -0.458028612414, -0.526315789474);
    }

    [Fact]
    public void referrals_count_only_in_their_direction()
    {
        // a and b both refer people to v: nobody goes on from v, so v brokers nothing.
        var inward = new TestGraph().Institutions("a", "v", "b").RefersTo("a", "v").RefersTo("b", "v").Analyse();
        // a refers to v, v refers to b: one two-path, a -> v -> b, not b -> v -> a.
        var through = new TestGraph().Institutions("a", "v", "b").RefersTo("a", "v").RefersTo("v", "b").Analyse();

        Assert.Equal(0, inward.BrokerageRoles(null).Of("v")!.Total);
        Assert.Equal(1, through.BrokerageRoles(null).Of("v")!.Coordinator);
    }

    [Fact]
    public void a_shared_network_counts_both_ways()
    {
        var analysis = new TestGraph().Institutions("a", "v", "b").Network("n1").Network("n2")
            .MemberOf("a", "n1").MemberOf("v", "n1").MemberOf("v", "n2").MemberOf("b", "n2")
            .Analyse();

        Assert.Equal(2, analysis.BrokerageRoles(null).Of("v")!.Coordinator); // a -> v -> b and b -> v -> a
    }

    [Fact]
    public void part_of_runs_from_the_part_to_the_whole_and_funding_from_the_funder()
    {
        // a is part of v, v funds b: a -> v -> b. b funds v and v is part of a would be the reverse, b -> v -> a.
        var forward = new TestGraph().Institutions("a", "v", "b").PartOf("a", "v").Funds("v", "b").Analyse();
        var crossed = new TestGraph().Institutions("a", "v", "b").PartOf("v", "a").PartOf("b", "v").Analyse();

        Assert.Equal(1, forward.BrokerageRoles(null).Of("v")!.Total);
        Assert.Equal(1, crossed.BrokerageRoles(null).Of("v")!.Total); // b -> v -> a
        Assert.Equal(0, forward.BrokerageRoles(null).Of("a")!.Total);
    }

    [Fact]
    public void a_direct_link_closes_the_two_path_only_in_its_own_direction()
    {
        var closed = new TestGraph().Institutions("a", "v", "b").RefersTo("a", "v").RefersTo("v", "b").RefersTo("a", "b").Analyse();
        var reversed = new TestGraph().Institutions("a", "v", "b").RefersTo("a", "v").RefersTo("v", "b").RefersTo("b", "a").Analyse();

        Assert.Equal(0, closed.BrokerageRoles(null).Of("v")!.Total);
        Assert.Equal(1, reversed.BrokerageRoles(null).Of("v")!.Total); // a still cannot reach b directly
    }

    [Fact]
    public void via_keeps_only_the_links_of_the_kinds_asked_for()
    {
        var analysis = new TestGraph().Institutions("a", "v", "b").RefersTo("a", "v").Funds("v", "b").Analyse();

        Assert.Equal(1, analysis.BrokerageRoles(null).Of("v")!.Total);
        Assert.Equal(0, analysis.BrokerageRoles([LinkKind.Referral]).Of("v")!.Total);
        Assert.Equal(1, analysis.BrokerageRoles([LinkKind.Referral, LinkKind.Funding]).Of("v")!.Total);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void counts_equal_a_plain_count_of_every_triple_on_random_graphs(int seed)
    {
        var random = RandomGraphs.Connected(40, 90, seed);
        var analysis = random.Graph.Analyse();
        var arcs = random.Referrals.Select(pair => (RandomGraphs.Id(pair.A), RandomGraphs.Id(pair.B))).ToHashSet();
        var level = Enumerable.Range(0, 40).ToDictionary(RandomGraphs.Id, i => i % 3);

        var roles = analysis.BrokerageRoles(null);

        foreach (var v in level.Keys)
        {
            var counts = new int[5];
            foreach (var a in level.Keys.Where(a => a != v && arcs.Contains((a, v))))
            {
                foreach (var b in level.Keys.Where(b => b != v && b != a && arcs.Contains((v, b)) && !arcs.Contains((a, b))))
                {
                    var (ga, gv, gb) = (level[a], level[v], level[b]);
                    counts[ga == gv ? (gb == gv ? 0 : 2) : ga == gb ? 1 : gb == gv ? 3 : 4]++;
                }
            }
            var score = roles.Of(v)!;
            Assert.Equal(counts, new[] { score.Coordinator, score.Itinerant, score.Representative, score.Gatekeeper, score.Liaison });
        }
    }

    private static void AssertZ(BrokerageZScores z, double? coordinator, double? itinerant, double? representative, double? gatekeeper, double? liaison, double? total)
    {
        var actual = new[] { z.Coordinator, z.Itinerant, z.Representative, z.Gatekeeper, z.Liaison, z.Total };
        var expected = new[] { coordinator, itinerant, representative, gatekeeper, liaison, total };
        for (var role = 0; role < expected.Length; role++)
        {
            if (expected[role] is { } value)
            {
                Assert.Equal(value, actual[role]!.Value, Precision);
            }
            else
            {
                Assert.Null(actual[role]);
            }
        }
    }
}
