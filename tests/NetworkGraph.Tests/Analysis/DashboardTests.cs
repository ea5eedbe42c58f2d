using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Analysis;

public sealed class DashboardTests
{
    private const double Precision = 1e-9;

    // Institutions: a (municipal NGO), b (municipal public service), c (regional NGO).
    // Networks: a coordination table and a forum. Feedback: f1 resolved after 10 days and reported
    // back, f2 resolved after 20 days, f3 only submitted. Theme t expected at MUNICIPAL, held by nobody.
    private static readonly Dashboard _dashboard = new TestGraph()
        .Institution("a").Institution("b", kind: ActorKind.PublicService).Institution("c", GovernanceLevel.Regional)
        .Network("table").Network("forum", kind: NetworkKind.Forum)
        .PolicyChange("pc", GovernanceLevel.Regional)
        .Theme("t", GovernanceLevel.Municipal)
        .FeedbackItem("f1", FeedbackStatus.ReportedBack, "2025-01-01T00:00:00Z")
        .ResultedIn("f1", "pc", "2025-01-11T00:00:00Z").ReportedBackTo("f1", "a", "2025-01-12T00:00:00Z")
        .FeedbackItem("f2", FeedbackStatus.Resolved, "2025-01-01T00:00:00Z")
        .ResultedIn("f2", "pc", "2025-01-21T00:00:00Z")
        .FeedbackItem("f3", FeedbackStatus.Submitted, "2025-01-01T00:00:00Z")
        .Analyse()
        .Dashboard();

    [Fact]
    public void institutions_are_counted_by_every_level_and_every_kind_zeros_included()
    {
        Assert.Equal(3, _dashboard.Institutions);
        Assert.Equal([2, 0, 1, 0, 0, 0], _dashboard.InstitutionsByLevel.Select(c => c.Value));
        Assert.Equal(Enum.GetValues<GovernanceLevel>(), _dashboard.InstitutionsByLevel.Select(c => c.Key));
        Assert.Equal([0, 1, 2, 0, 0, 0, 0, 0], _dashboard.InstitutionsByKind.Select(c => c.Value));
        Assert.Equal(Enum.GetValues<ActorKind>(), _dashboard.InstitutionsByKind.Select(c => c.Key));
    }

    [Fact]
    public void networks_are_counted_by_every_kind()
    {
        Assert.Equal(2, _dashboard.Networks);
        Assert.Equal([0, 1, 0, 0, 1, 0, 0], _dashboard.NetworksByKind.Select(c => c.Value));
    }

    [Fact]
    public void feedback_items_form_a_funnel_by_status()
    {
        Assert.Equal(3, _dashboard.FeedbackItems);
        // SUBMITTED, TRIAGED, DISCUSSED, ESCALATED, RESOLVED, REPORTED_BACK, DECLINED.
        Assert.Equal([1, 0, 0, 0, 1, 1, 0], _dashboard.FeedbackByStatus.Select(c => c.Value));
    }

    [Fact]
    public void the_median_resolution_time_and_the_share_of_closed_loops_are_over_the_right_items()
    {
        // Median of 10 and 20 days is 15; one closed loop among three items.
        Assert.Equal(15, _dashboard.MedianDaysToResolution!.Value, Precision);
        Assert.Equal(1.0 / 3, _dashboard.ClosedLoopShare!.Value, Precision);
    }

    [Fact]
    public void gaps_are_counted_by_every_severity()
    {
        // Only t at MUNICIPAL without a holder: one HIGH gap.
        Assert.Equal(
            [new Count<Severity>(Severity.Low, 0), new Count<Severity>(Severity.Medium, 0), new Count<Severity>(Severity.High, 1)],
            _dashboard.GapsBySeverity);
    }

    [Fact]
    public void an_empty_graph_has_no_median_and_no_closed_loop_share()
    {
        var dashboard = new TestGraph().Analyse().Dashboard();

        Assert.Equal(0, dashboard.Institutions);
        Assert.Null(dashboard.MedianDaysToResolution);
        Assert.Null(dashboard.ClosedLoopShare);
        Assert.All(dashboard.GapsBySeverity, count => Assert.Equal(0, count.Value));
    }
}
