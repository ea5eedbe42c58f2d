using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Analysis;

public sealed class BrokerTests
{
    private const double Precision = 1e-12;

    [Fact]
    public void on_a_path_the_two_inner_institutions_broker_two_of_the_three_possible_pairs()
    {
        // a-b-c-d: b lies on the only shortest path of (a,c) and (a,d); c on (b,d) and (a,d).
        // Normalised by (n-1)(n-2)/2 = 3: both 2/3. The ends broker nothing.
        var analysis = new TestGraph().Institutions("a", "b", "c", "d").Chain("a", "b", "c", "d").Analyse();

        var brokers = analysis.Brokers(10, null);

        Assert.Equal(["b", "c", "a", "d"], brokers.Select(b => b.InstitutionId));
        Assert.Equal(2.0 / 3, Score(brokers, "b").Betweenness, Precision);
        Assert.Equal(2.0 / 3, Score(brokers, "c").Betweenness, Precision);
        Assert.Equal(0, Score(brokers, "a").Betweenness, Precision);
        Assert.Equal([1, 2, 2, 1], new[] { "a", "b", "c", "d" }.Select(id => Score(brokers, id).Degree));
    }

    [Fact]
    public void the_centre_of_a_star_brokers_every_pair_of_leaves()
    {
        // Centre h and four leaves: h is on all C(4,2) = 6 leaf pairs, and (n-1)(n-2)/2 = 6, so 1.
        var analysis = new TestGraph()
            .Institution("h", GovernanceLevel.Regional)
            .Institutions("l1", "l2", "l3", "l4")
            .RefersTo("h", "l1").RefersTo("l2", "h").Funds("h", "l3").PartOf("l4", "h")
            .Analyse();

        var brokers = analysis.Brokers(10, null);

        var centre = brokers[0];
        Assert.Equal("h", centre.InstitutionId);
        Assert.Equal(1.0, centre.Betweenness, Precision);
        Assert.Equal(4, centre.Degree);
        Assert.Equal(4, centre.CrossLevelPartners);
        Assert.All(brokers.Skip(1), leaf => Assert.Equal(0, leaf.Betweenness, Precision));
        Assert.All(brokers.Skip(1), leaf => Assert.Equal(1, leaf.CrossLevelPartners));
    }

    [Fact]
    public void two_equal_shortest_paths_share_the_credit()
    {
        // Cycle a-b-c-d-a: the opposite pair (a,c) has two shortest paths, via b and via d, so each
        // gets 1/2; likewise (b,d) for a and c. Each node: 1/2 / 3 = 1/6.
        var analysis = new TestGraph().Institutions("a", "b", "c", "d").Chain("a", "b", "c", "d", "a").Analyse();

        Assert.All(analysis.Brokers(10, null), score => Assert.Equal(1.0 / 6, score.Betweenness, Precision));
    }

    [Fact]
    public void isolated_institutions_count_in_the_normalisation()
    {
        // a-b-c plus an isolated e: n = 4, b brokers (a,c) only, 1 / ((3*2)/2) = 1/3.
        var analysis = new TestGraph().Institutions("a", "b", "c", "e").Chain("a", "b", "c").Analyse();

        var brokers = analysis.Brokers(10, null);

        Assert.Equal(1.0 / 3, Score(brokers, "b").Betweenness, Precision);
        Assert.Equal(4, brokers.Count);
        Assert.Equal(0, Score(brokers, "e").Degree);
    }

    [Fact]
    public void equal_betweenness_is_ranked_by_degree_then_id()
    {
        // Triangle x-y-z and the pair a-b: every pair is adjacent, so all betweenness is 0. The
        // triangle's members have degree 2 and come before a and b (degree 1) despite their ids.
        var analysis = new TestGraph().Institutions("a", "b", "x", "y", "z").Chain("x", "y", "z", "x").Chain("a", "b").Analyse();

        Assert.Equal(["x", "y", "z", "a", "b"], analysis.Brokers(10, null).Select(b => b.InstitutionId));
    }

    [Fact]
    public void top_keeps_only_the_best_brokers()
    {
        var analysis = new TestGraph().Institutions("a", "b", "c", "d").Chain("a", "b", "c", "d").Analyse();

        Assert.Equal(["b"], analysis.Brokers(1, null).Select(b => b.InstitutionId));
    }

    [Fact]
    public void via_restricts_the_graph_the_brokers_are_ranked_on()
    {
        // a -REFERRAL- b -SHARED_NETWORK- c: with both kinds b brokers (a,c); with referrals only,
        // c is isolated and nobody brokers anything.
        var analysis = new TestGraph()
            .Institutions("a", "b", "c")
            .Network("n").MemberOf("b", "n").MemberOf("c", "n")
            .RefersTo("a", "b")
            .Analyse();

        var all = analysis.Brokers(10, null);
        var referrals = analysis.Brokers(10, [LinkKind.Referral]);

        Assert.Equal(1.0, Score(all, "b").Betweenness, Precision);
        Assert.Equal(2, Score(all, "b").Degree);
        Assert.True(Score(all, "b").ArticulationPoint);
        Assert.Equal(0, Score(referrals, "b").Betweenness, Precision);
        Assert.Equal(1, Score(referrals, "b").Degree);
        Assert.Equal(0, Score(referrals, "c").Degree);
        Assert.False(Score(referrals, "b").ArticulationPoint);
    }

    [Fact]
    public void brokers_asked_again_and_concurrently_give_the_same_answer()
    {
        var analysis = RandomGraphs.Connected(300, 900, seed: 7).Graph.Analyse();
        var first = analysis.Brokers(100, null);

        var answers = new IReadOnlyList<BrokerScore>[8];
        Parallel.For(0, answers.Length, i => answers[i] = analysis.Brokers(100, null));

        Assert.All(answers, answer => Assert.Equal(first, answer));
    }

    private static BrokerScore Score(IEnumerable<BrokerScore> brokers, string id) => brokers.Single(b => b.InstitutionId == id);
}
