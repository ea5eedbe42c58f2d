using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Tests.Analysis;

public sealed class PathTests
{
    // c funds d (P); b and c are both members of n, and c refers to b; a refers to b.
    private static readonly GraphAnalysis _analysis = new TestGraph()
        .Institutions("a", "b", "c", "d", "far")
        .Network("n")
        .RefersTo("a", "b")
        .MemberOf("b", "n").MemberOf("c", "n").RefersTo("c", "b")
        .Funds("c", "d", "P")
        .Analyse();

    [Fact]
    public void a_path_gives_one_piece_of_evidence_per_hop_the_first_by_kind_walked_from_start_to_end()
    {
        var path = _analysis.Path("d", "a", null, AnalysisLimits.DefaultPathDepth);

        Assert.NotNull(path);
        Assert.Equal(3, path.Length);
        Assert.Equal(
            [
                // Walked from d to c, but the sentence keeps the funding's own direction.
                new LinkEvidence(LinkKind.Funding, "d", "c", null, "C funds D (P)."),
                // The pair b-c has a shared network and a referral: the shared network comes first.
                new LinkEvidence(LinkKind.SharedNetwork, "c", "b", "n", "Both are members of N."),
                new LinkEvidence(LinkKind.Referral, "b", "a", null, "A refers people to B."),
            ],
            path.Hops);
    }

    [Fact]
    public void via_changes_which_evidence_a_hop_shows()
    {
        var path = _analysis.Path("c", "b", [LinkKind.Referral], 1);

        Assert.Equal([new LinkEvidence(LinkKind.Referral, "c", "b", null, "C refers people to B.")], path!.Hops);
    }

    [Fact]
    public void no_path_within_max_depth_gives_null()
    {
        Assert.Null(_analysis.Path("a", "d", null, 2));
        Assert.Equal(3, _analysis.Path("a", "d", null, 3)!.Length);
    }

    [Fact]
    public void no_path_at_all_gives_null()
    {
        Assert.Null(_analysis.Path("a", "far", null, AnalysisLimits.MaxPathDepth));
        Assert.Null(_analysis.Path("a", "d", [LinkKind.Hierarchy], AnalysisLimits.MaxPathDepth));
    }

    [Fact]
    public void a_path_from_an_institution_to_itself_has_no_hops()
    {
        var path = _analysis.Path("a", "a", null, 1);

        Assert.NotNull(path);
        Assert.Equal(0, path.Length);
        Assert.Empty(path.Hops);
    }
}
