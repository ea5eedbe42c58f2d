using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Graph;
using NetworkGraph.Tests.Analysis;

namespace NetworkGraph.Tests.Territories;

/// <summary>compareTerritories: each figure of a territory's profile, computed on that territory's scope.</summary>
public sealed class TerritoryProfileTests
{
    private const double Precision = 12;

    // Town: a - b - c in a chain (b brokers everything), d isolated; a and c municipal, b regional, d municipal.
    private static TestGraph Town() => new TestGraph()
        .Territory("region", kind: TerritoryKind.Region)
        .Territory("town", "region")
        .Institution("a").LocatedIn("a", "town")
        .Institution("b", GovernanceLevel.Regional).LocatedIn("b", "region")
        .Institution("c").LocatedIn("c", "town")
        .Institution("d").LocatedIn("d", "town")
        .Chain("a", "b", "c")
        .Network("table").MemberOf("a", "table")
        .Theme("housing", GovernanceLevel.Municipal, GovernanceLevel.Regional).Holds("a", "housing").Holds("b", "housing")
        .Theme("reception", GovernanceLevel.Municipal, GovernanceLevel.National).Holds("c", "reception")
        .Theme("untracked");

    [Fact]
    public void the_profile_counts_density_ei_index_coverage_and_broker_concentration()
    {
        var profile = Assert.Single(Town().Analyse().CompareTerritories(["town"]));

        Assert.Equal("town", profile.TerritoryId);
        Assert.Equal(4, profile.Institutions);
        Assert.Equal(3, profile.InstitutionsByLevel.Single(c => c.Key == GovernanceLevel.Municipal).Value);
        Assert.Equal(1, profile.Networks);
        // Two linked pairs out of the six pairs of four institutions.
        Assert.Equal(2.0 / 6, profile.Density, Precision);
        // Both links cross from municipal to regional.
        Assert.Equal(1, profile.EiIndex, Precision);
        // Housing is held at both its levels; reception has nobody at the national level; 'untracked' expects none.
        Assert.Equal(0.5, profile.ThemesCoveredAtEveryExpectedLevel!.Value, Precision);
        // b holds all the betweenness there is, and the top three include it.
        Assert.Equal(1, profile.BrokerConcentration, Precision);
        Assert.Null(profile.ClosedLoopRate);
        Assert.Null(profile.MedianDaysToResolution);
    }

    [Fact]
    public void profiles_come_in_the_order_asked_each_on_its_own_scope()
    {
        var profiles = Town().Analyse().CompareTerritories(["region", "town"]);

        Assert.Equal(["region", "town"], profiles.Select(p => p.TerritoryId));
        // The region holds b only: nothing lies within it but the town, whose institutions are inside it too.
        Assert.Equal(4, profiles[0].Institutions);
        Assert.Equal(4, profiles[1].Institutions);
    }

    [Fact]
    public void a_territory_without_links_has_zero_density_and_no_concentration()
    {
        var graph = new TestGraph().Territory("empty").Institution("x").LocatedIn("x", "empty");

        var profile = Assert.Single(graph.Analyse().CompareTerritories(["empty"]));

        Assert.Equal(0, profile.Density);
        Assert.Equal(0, profile.EiIndex);
        Assert.Equal(0, profile.BrokerConcentration);
        Assert.Null(profile.ThemesCoveredAtEveryExpectedLevel);
    }

    [Fact]
    public void feedback_counts_the_items_raised_in_the_scope_with_their_whole_history()
    {
        // The town's item was reported back to an institution of another town: its loop is closed all the same.
        var graph = new TestGraph()
            .Territory("town").Territory("other-town")
            .Institution("raiser").LocatedIn("raiser", "town")
            .Institution("elsewhere").LocatedIn("elsewhere", "other-town")
            .PolicyChange("change", GovernanceLevel.Municipal)
            .FeedbackItem("closed", FeedbackStatus.ReportedBack, "2026-01-01T00:00:00Z").Raised("raiser", "closed", "2026-01-01T00:00:00Z")
            .ResultedIn("closed", "change", "2026-01-11T00:00:00Z").ReportedBackTo("closed", "elsewhere", "2026-01-12T00:00:00Z")
            .FeedbackItem("open", FeedbackStatus.Submitted, "2026-01-02T00:00:00Z").Raised("raiser", "open", "2026-01-02T00:00:00Z")
            .FeedbackItem("theirs", FeedbackStatus.Submitted, "2026-01-03T00:00:00Z").Raised("elsewhere", "theirs", "2026-01-03T00:00:00Z");

        var profile = Assert.Single(graph.Analyse().CompareTerritories(["town"]));

        Assert.Equal(0.5, profile.ClosedLoopRate!.Value, Precision);
        Assert.Equal(10, profile.MedianDaysToResolution!.Value, Precision);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void between_one_and_ten_territories_are_compared(int count)
    {
        var graph = new TestGraph().Territory("t");

        Assert.Throws<AnalysisInputException>(() => graph.Analyse().CompareTerritories([.. Enumerable.Repeat("t", count)]));
    }
}
