using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Analysis;

public sealed class CoverageGapTests
{
    private const GovernanceLevel Municipal = GovernanceLevel.Municipal;
    private const GovernanceLevel Regional = GovernanceLevel.Regional;
    private const GovernanceLevel National = GovernanceLevel.National;

    // Theme t is expected at MUNICIPAL and NATIONAL (not neighbours in the enum, but consecutive in
    // expectedLevels). Municipal holders m1 (LEAD) and m2 (SUPPORT), networked through k which
    // covers t; the only national holder n1 is in no such network and has no link to m1 or m2.
    // p1 holds t at PROVINCIAL, where t is not expected. Theme u is expected at REGIONAL, nobody holds it.
    private static TestGraph Graph() => new TestGraph()
        .Institution("m1").Institution("m2")
        .Institution("n1", National).Institution("p1", GovernanceLevel.Provincial)
        .Theme("t", National, Municipal).Theme("u", Regional)
        .Network("k").Covers("k", "t").MemberOf("m1", "k")
        .Holds("m1", "t").Holds("m2", "t", HoldingRole.Support).Holds("n1", "t").Holds("p1", "t")
        .RefersTo("p1", "n1").RefersTo("m2", "p1");

    [Fact]
    public void every_gap_kind_is_found_in_severity_then_theme_then_level_then_kind_order()
    {
        var gaps = Graph().Analyse().CoverageGaps(null, null, null);

        Assert.Equal(
            [
                "t DISCONNECTED_LEVELS HIGH MUNICIPAL,NATIONAL m1,m2,n1",
                "u NO_ACTOR HIGH REGIONAL -",
                "t SINGLE_ACTOR MEDIUM NATIONAL n1",
                "t NOT_NETWORKED MEDIUM NATIONAL n1",
            ],
            gaps.Select(Describe));
    }

    [Fact]
    public void each_gap_explains_itself_in_one_sentence_with_the_theme_the_levels_and_the_institutions()
    {
        var gaps = Graph().Analyse().CoverageGaps(null, null, null);

        Assert.Equal(
            [
                "No coordination link joins the municipal holders of T (M1 and M2) to its national holders (N1).",
                "No regional institution holds a responsibility for U.",
                "Only N1 holds a responsibility for T at the national level, a single point of failure.",
                "No national holder of T (N1) is a member of a network that covers it.",
            ],
            gaps.Select(gap => gap.Explanation));
    }

    [Fact]
    public void a_direct_link_of_any_kind_between_holders_of_consecutive_levels_closes_the_disconnection()
    {
        // A shared meeting is enough, whatever via a query would use elsewhere.
        var gaps = Graph().Meeting("meet", "k").Attended("m2", "meet").Attended("n1", "meet").Analyse().CoverageGaps(null, null, null);

        Assert.DoesNotContain(gaps, gap => gap.Kind == GapKind.DisconnectedLevels);
    }

    [Fact]
    public void levels_are_compared_only_with_their_neighbours_in_the_expected_levels()
    {
        // v expected at MUNICIPAL, REGIONAL, NATIONAL with nobody at REGIONAL: the pairs
        // (MUNICIPAL, REGIONAL) and (REGIONAL, NATIONAL) lack holders, and (MUNICIPAL, NATIONAL)
        // are not consecutive, so no disconnection is reported even though m1 and n1 are not linked.
        var gaps = Graph().Theme("v", Municipal, Regional, National).Holds("m1", "v").Holds("n1", "v").Analyse()
            .CoverageGaps(["v"], null, null);

        Assert.Equal(
            ["v NO_ACTOR HIGH REGIONAL -", "v SINGLE_ACTOR MEDIUM MUNICIPAL m1", "v NOT_NETWORKED MEDIUM MUNICIPAL m1",
             "v SINGLE_ACTOR MEDIUM NATIONAL n1", "v NOT_NETWORKED MEDIUM NATIONAL n1"],
            gaps.Select(Describe));
    }

    [Fact]
    public void a_theme_expected_at_no_level_has_no_gaps()
    {
        Assert.Empty(Graph().Theme("w").Analyse().CoverageGaps(["w"], null, null));
    }

    [Fact]
    public void the_theme_filter_keeps_the_gaps_of_the_given_themes()
    {
        var gaps = Graph().Analyse().CoverageGaps(["u"], null, null);

        Assert.Equal(["u NO_ACTOR HIGH REGIONAL -"], gaps.Select(Describe));
    }

    [Fact]
    public void the_level_filter_keeps_a_gap_when_any_of_its_levels_is_asked_for()
    {
        var gaps = Graph().Analyse().CoverageGaps(null, [Municipal], null);

        Assert.Equal(["t DISCONNECTED_LEVELS HIGH MUNICIPAL,NATIONAL m1,m2,n1"], gaps.Select(Describe));
    }

    [Fact]
    public void the_severity_filter_keeps_gaps_at_least_as_severe()
    {
        var analysis = Graph().Analyse();

        Assert.Equal(2, analysis.CoverageGaps(null, null, Severity.High).Count);
        Assert.Equal(4, analysis.CoverageGaps(null, null, Severity.Medium).Count);
        Assert.Equal(4, analysis.CoverageGaps(null, null, Severity.Low).Count);
    }

    [Fact]
    public void empty_filters_filter_nothing()
    {
        var analysis = Graph().Analyse();

        Assert.Equal(analysis.CoverageGaps(null, null, null), analysis.CoverageGaps([], [], null));
    }

    private static string Describe(CoverageGap gap) =>
        $"{gap.ThemeId} {ConstantCase.ToText(gap.Kind)} {ConstantCase.ToText(gap.Severity)} " +
        $"{string.Join(",", gap.Levels.Select(l => ConstantCase.ToText(l)))} " +
        (gap.InstitutionIds.Count == 0 ? "-" : string.Join(",", gap.InstitutionIds));
}
