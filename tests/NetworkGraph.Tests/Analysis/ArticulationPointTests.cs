using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Tests.Analysis;

public sealed class ArticulationPointTests
{
    [Fact]
    public void the_inner_institutions_of_a_path_are_articulation_points_and_its_ends_are_not()
    {
        var brokers = new TestGraph().Institutions("a", "b", "c", "d").Chain("a", "b", "c", "d").Analyse().Brokers(10, null);

        Assert.Equal(["b", "c"], CutVertices(brokers));
    }

    [Fact]
    public void a_cycle_has_no_articulation_point()
    {
        var brokers = new TestGraph().Institutions("a", "b", "c", "d").Chain("a", "b", "c", "d", "a").Analyse().Brokers(10, null);

        Assert.Empty(CutVertices(brokers));
    }

    [Fact]
    public void the_first_institution_searched_is_an_articulation_point_when_it_joins_two_parts()
    {
        // Bow tie: triangles a-b-c and a-d-e share a. The search starts at a (first id) and has to
        // leave it twice, once per triangle, which is the root's test.
        var brokers = new TestGraph()
            .Institutions("a", "b", "c", "d", "e")
            .Chain("a", "b", "c", "a")
            .Chain("a", "d", "e", "a")
            .Analyse()
            .Brokers(10, null);

        Assert.Equal(["a"], CutVertices(brokers));
    }

    [Fact]
    public void the_first_institution_searched_is_not_an_articulation_point_at_the_end_of_a_path()
    {
        // a is the root with one child; only b, which hangs c and d off a, cuts.
        var brokers = new TestGraph().Institutions("a", "b", "c", "d").Chain("a", "b", "c").RefersTo("b", "d").Analyse().Brokers(10, null);

        Assert.Equal(["b"], CutVertices(brokers));
    }

    [Fact]
    public void the_centre_of_a_star_is_an_articulation_point_in_every_component_separately()
    {
        // Two stars, s1 with two leaves and s2 with three; isolated z cuts nothing.
        var brokers = new TestGraph()
            .Institutions("s1", "a1", "a2", "s2", "b1", "b2", "b3", "z")
            .RefersTo("s1", "a1").RefersTo("s1", "a2")
            .RefersTo("s2", "b1").RefersTo("s2", "b2").RefersTo("s2", "b3")
            .Analyse()
            .Brokers(10, null);

        Assert.Equal(["s1", "s2"], CutVertices(brokers));
    }

    [Fact]
    public void a_long_chain_is_searched_without_recursion()
    {
        // 5 000 institutions in a line, searched on a thread with a 256 KB stack: a recursive search
        // would need 5 000 nested frames, far more than such a stack holds.
        const int Length = 5_000;
        var ids = Enumerable.Range(0, Length).Select(RandomGraphs.Id).ToArray();
        var graph = new TestGraph();
        foreach (var id in ids)
        {
            graph.Institution(id);
        }
        var analysis = graph.Chain(ids).Analyse();
        IReadOnlyList<BrokerScore> brokers = [];
        var thread = new Thread(() => brokers = analysis.Brokers(3, [LinkKind.Referral]), maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.Equal(3, brokers.Count);
        Assert.All(brokers, score => Assert.True(score.ArticulationPoint));
        // The two middle institutions broker the most pairs (2 499 * 2 500 each); the lower id wins the tie.
        Assert.Equal(RandomGraphs.Id((Length / 2) - 1), brokers[0].InstitutionId);
        Assert.Equal(RandomGraphs.Id(Length / 2), brokers[1].InstitutionId);
    }

    private static List<string> CutVertices(IEnumerable<BrokerScore> brokers) =>
        [.. brokers.Where(b => b.ArticulationPoint).Select(b => b.InstitutionId).Order(StringComparer.Ordinal)];
}
