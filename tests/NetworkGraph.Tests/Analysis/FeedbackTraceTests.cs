using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Analysis;

public sealed class FeedbackTraceTests
{
    private const double Precision = 1e-9;

    // The NGO g (municipal) raises f; it is triaged, discussed at the municipal table's meeting,
    // escalated to a regional and then a national network, resolved by a national policy change
    // that two ministries adopted, and reported back to g.
    private static TestGraph Graph() => new TestGraph()
        .Institution("g")
        .Institution("ministry", GovernanceLevel.National).Institution("zz-ministry", GovernanceLevel.National)
        .Network("local", GovernanceLevel.Municipal).Network("reg", GovernanceLevel.Regional).Network("nat", GovernanceLevel.National)
        .Meeting("table", "local")
        .PolicyChange("pc", GovernanceLevel.National)
        .Adopted("zz-ministry", "pc").Adopted("ministry", "pc")
        .FeedbackItem("f", FeedbackStatus.ReportedBack, "2025-01-01T00:00:00Z", new()
        {
            ["triagedAt"] = "2025-01-03T00:00:00Z",
            ["triageNote"] = "Accepted.",
        })
        .Raised("g", "f", "2025-01-01T00:00:00Z")
        // Listed out of time order on purpose: the trace orders by time, not by relationship.
        .EscalatedTo("f", "nat", "2025-03-01T00:00:00Z", "State competence.")
        .EscalatedTo("f", "reg", "2025-02-01T00:00:00Z")
        .DiscussedAt("f", "table", "2025-01-10T00:00:00Z", "Several NGOs see it.")
        .ResultedIn("f", "pc", "2025-04-11T12:00:00Z")
        .ReportedBackTo("f", "g", "2025-05-01T00:00:00Z");

    [Fact]
    public void a_trace_lists_each_step_in_time_order_with_its_actor_network_and_level()
    {
        var trace = Graph().Analyse().FeedbackTrace("f");

        Assert.Equal("f", trace.ItemId);
        Assert.Equal(
            [
                new TraceStep(TraceStepKind.Raised, At("2025-01-01T00:00:00Z"), GovernanceLevel.Municipal, ActorId: "g"),
                new TraceStep(TraceStepKind.Triaged, At("2025-01-03T00:00:00Z"), null, Note: "Accepted."),
                new TraceStep(TraceStepKind.Discussed, At("2025-01-10T00:00:00Z"), GovernanceLevel.Municipal,
                    MeetingId: "table", NetworkId: "local", Note: "Several NGOs see it."),
                new TraceStep(TraceStepKind.Escalated, At("2025-02-01T00:00:00Z"), GovernanceLevel.Regional, NetworkId: "reg"),
                new TraceStep(TraceStepKind.Escalated, At("2025-03-01T00:00:00Z"), GovernanceLevel.National, NetworkId: "nat", Note: "State competence."),
                // Two institutions adopted the change: the first by id is named.
                new TraceStep(TraceStepKind.Resolved, At("2025-04-11T12:00:00Z"), GovernanceLevel.National, ActorId: "ministry", PolicyChangeId: "pc"),
                new TraceStep(TraceStepKind.ReportedBack, At("2025-05-01T00:00:00Z"), GovernanceLevel.Municipal, ActorId: "g"),
            ],
            trace.Steps);
    }

    [Fact]
    public void a_trace_across_three_levels_gives_the_levels_in_order_the_days_to_resolution_and_a_closed_loop()
    {
        var trace = Graph().Analyse().FeedbackTrace("f");

        // Step levels M, -, M, R, N, N, M collapse to M, R, N, M.
        Assert.Equal(
            [GovernanceLevel.Municipal, GovernanceLevel.Regional, GovernanceLevel.National, GovernanceLevel.Municipal],
            trace.LevelsTraversed);
        // 2025-01-01T00:00 to 2025-04-11T12:00: 31 (Jan) + 28 (Feb) + 31 (Mar) + 10 days and 12 hours = 100.5.
        Assert.Equal(100.5, trace.DaysToResolution!.Value, Precision);
        Assert.True(trace.LoopClosed);
    }

    [Fact]
    public void a_resolved_item_not_yet_reported_back_has_an_open_loop()
    {
        var trace = Graph()
            .FeedbackItem("open", FeedbackStatus.Resolved, "2025-04-01T00:00:00Z")
            .Raised("g", "open", "2025-04-01T00:00:00Z")
            .ResultedIn("open", "pc", "2025-04-03T06:00:00Z")
            .Analyse()
            .FeedbackTrace("open");

        Assert.Equal(2.25, trace.DaysToResolution!.Value, Precision);
        Assert.False(trace.LoopClosed);
    }

    [Fact]
    public void a_declined_item_ends_with_the_reason_and_has_no_resolution()
    {
        var trace = Graph()
            .FeedbackItem("no", FeedbackStatus.Declined, "2025-04-01T00:00:00Z", new()
            {
                ["triagedAt"] = "2025-04-02T00:00:00Z",
                ["declinedAt"] = "2025-04-05T00:00:00Z",
                ["declineReason"] = "Duplicates general channels.",
            })
            .Raised("g", "no", "2025-04-01T00:00:00Z")
            .Analyse()
            .FeedbackTrace("no");

        Assert.Equal([TraceStepKind.Raised, TraceStepKind.Triaged, TraceStepKind.Declined], trace.Steps.Select(s => s.Kind));
        Assert.Equal("Duplicates general channels.", trace.Steps[^1].Note);
        Assert.Null(trace.Steps[^1].Level);
        Assert.Equal([GovernanceLevel.Municipal], trace.LevelsTraversed);
        Assert.Null(trace.DaysToResolution);
        Assert.False(trace.LoopClosed);
    }

    [Fact]
    public void steps_at_the_same_instant_follow_the_lifecycle_order()
    {
        var trace = Graph()
            .FeedbackItem("same", FeedbackStatus.Triaged, "2025-04-01T00:00:00Z", new() { ["triagedAt"] = "2025-04-01T00:00:00Z" })
            .Raised("g", "same", "2025-04-01T00:00:00Z")
            .Analyse()
            .FeedbackTrace("same");

        Assert.Equal([TraceStepKind.Raised, TraceStepKind.Triaged], trace.Steps.Select(s => s.Kind));
    }

    [Fact]
    public void a_submitted_item_has_only_its_raising()
    {
        var trace = Graph()
            .FeedbackItem("new", FeedbackStatus.Submitted, "2025-04-01T00:00:00Z")
            .Raised("g", "new", "2025-04-01T00:00:00Z")
            .Analyse()
            .FeedbackTrace("new");

        Assert.Equal([TraceStepKind.Raised], trace.Steps.Select(s => s.Kind));
        Assert.Null(trace.DaysToResolution);
    }

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
}
