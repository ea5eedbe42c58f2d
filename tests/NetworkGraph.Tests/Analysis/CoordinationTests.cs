using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Tests.Analysis;

public sealed class CoordinationTests
{
    // a refers to b on theme t; b and c are both members of n and of n2, and c refers to b;
    // a and c attended m (a meeting of n); c funds d under programme P; e is part of d.
    private static readonly GraphAnalysis _analysis = new TestGraph()
        .Institutions("a", "b", "c", "d", "e", "lonely")
        .Theme("t")
        .Network("n").Network("n2")
        .Meeting("m", "n", "2025-05-20")
        .RefersTo("a", "b", "t")
        .MemberOf("b", "n").MemberOf("c", "n").MemberOf("b", "n2").MemberOf("c", "n2")
        .RefersTo("c", "b")
        .Attended("a", "m").Attended("c", "m")
        .Funds("c", "d", "P")
        .PartOf("e", "d")
        .Analyse();

    [Fact]
    public void depth_one_lists_the_direct_partners_by_id_with_every_piece_of_evidence_of_the_pair()
    {
        var links = _analysis.Coordination("a", 1, null);

        Assert.Equal(
            [
                new CoordinationLink("b", 1, [new(LinkKind.Referral, "a", "b", null, "A refers people to B on T.")]),
                new CoordinationLink("c", 1, [new(LinkKind.SharedMeeting, "a", "c", "m", "Both attended M (2025-05-20).")]),
            ],
            links,
            CoordinationLinkComparer.Instance);
    }

    [Fact]
    public void deeper_partners_come_after_nearer_ones_with_the_evidence_of_each_hop_in_walking_order()
    {
        var links = _analysis.Coordination("a", 3, null);

        Assert.Equal(["b:1", "c:1", "d:2", "e:3"], links.Select(l => $"{l.InstitutionId}:{l.Distance}"));
        // a reaches d through c (met at m), then c's funding of d.
        Assert.Equal(
            [
                new LinkEvidence(LinkKind.SharedMeeting, "a", "c", "m", "Both attended M (2025-05-20)."),
                new LinkEvidence(LinkKind.Funding, "c", "d", null, "C funds D (P)."),
            ],
            links.Single(l => l.InstitutionId == "d").Evidence);
        Assert.Equal(
            new LinkEvidence(LinkKind.Hierarchy, "d", "e", null, "E is part of D."),
            links.Single(l => l.InstitutionId == "e").Evidence[^1]);
    }

    [Fact]
    public void a_pair_with_several_links_lists_them_by_kind_then_via_and_descriptions_keep_their_own_direction()
    {
        var link = _analysis.Coordination("b", 1, null).Single(l => l.InstitutionId == "c");

        Assert.Equal(
            [
                new LinkEvidence(LinkKind.SharedNetwork, "b", "c", "n", "Both are members of N."),
                new LinkEvidence(LinkKind.SharedNetwork, "b", "c", "n2", "Both are members of N2."),
                new LinkEvidence(LinkKind.Referral, "b", "c", null, "C refers people to B."),
            ],
            link.Evidence);
    }

    [Fact]
    public void via_keeps_only_links_of_the_given_kinds_for_reaching_and_for_evidence()
    {
        var links = _analysis.Coordination("a", 4, [LinkKind.Referral, LinkKind.SharedNetwork]);

        // Without meetings and funding, c is only reached through b, and d and e not at all.
        Assert.Equal(["b:1", "c:2"], links.Select(l => $"{l.InstitutionId}:{l.Distance}"));
        Assert.Equal(
            [LinkKind.Referral, LinkKind.SharedNetwork, LinkKind.SharedNetwork, LinkKind.Referral],
            links.Single(l => l.InstitutionId == "c").Evidence.Select(e => e.Kind));
    }

    [Fact]
    public void an_empty_via_means_every_kind()
    {
        Assert.Equal(
            _analysis.Coordination("a", 4, null).Select(l => l.InstitutionId),
            _analysis.Coordination("a", 4, []).Select(l => l.InstitutionId));
    }

    [Fact]
    public void an_institution_without_links_has_no_partners()
    {
        Assert.Empty(_analysis.Coordination("lonely", 4, null));
    }

    [Fact]
    public void of_two_shortest_paths_the_one_through_the_lower_id_is_reported()
    {
        // Diamond s-x-t and s-y-t: x is explored before y, so t is first discovered from x.
        var analysis = new TestGraph().Institutions("s", "t", "x", "y").Chain("s", "y", "t").Chain("s", "x", "t").Analyse();

        var link = analysis.Coordination("s", 2, null).Single(l => l.InstitutionId == "t");

        Assert.Equal(["s>x", "x>t"], link.Evidence.Select(e => $"{e.FromId}>{e.ToId}"));
    }

    [Fact]
    public void funding_of_a_network_and_a_network_s_place_in_a_network_of_networks_are_not_coordination_links()
    {
        var analysis = new TestGraph()
            .Institutions("a", "b")
            .Network("n").Network("umbrella")
            .Funds("a", "n").PartOf("n", "umbrella")
            .MemberOf("b", "umbrella")
            .Analyse();

        Assert.Empty(analysis.Coordination("a", 4, null));
    }

    /// <summary>Compares links with their evidence lists element by element (records compare lists by reference).</summary>
    private sealed class CoordinationLinkComparer : IEqualityComparer<CoordinationLink>
    {
        public static readonly CoordinationLinkComparer Instance = new();

        public bool Equals(CoordinationLink? x, CoordinationLink? y) =>
            x is not null && y is not null && x.InstitutionId == y.InstitutionId && x.Distance == y.Distance && x.Evidence.SequenceEqual(y.Evidence);

        public int GetHashCode(CoordinationLink obj) => obj.InstitutionId.GetHashCode(StringComparison.Ordinal);
    }
}
