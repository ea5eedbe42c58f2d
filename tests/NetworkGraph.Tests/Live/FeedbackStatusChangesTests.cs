using NetworkGraph.Api.Live;
using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Live;

/// <summary>Which committed changes are feedback status changes, and the status an item had before one.</summary>
public sealed class FeedbackStatusChangesTests
{
    private static readonly DateTimeOffset _day = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly AuditActor _coordinator = new("ane", "basque-government", ["coordinator"]);

    private static AuditEvent Change(string operation, long version, params string[] nodeIds) =>
        new($"audit-{version}", _day.AddHours(version), _coordinator, operation, nodeIds,
            new Dictionary<string, long>(), new Dictionary<string, long>(), version);

    [Theory]
    [InlineData("submitFeedback", FeedbackStatus.Submitted)]
    [InlineData("triageFeedback", FeedbackStatus.Triaged)]
    [InlineData("recordDiscussion", FeedbackStatus.Discussed)]
    [InlineData("escalateFeedback", FeedbackStatus.Escalated)]
    [InlineData("resolveFeedback", FeedbackStatus.Resolved)]
    [InlineData("reportBack", FeedbackStatus.ReportedBack)]
    [InlineData("declineFeedback", FeedbackStatus.Declined)]
    public void each_lifecycle_operation_moves_its_first_node_to_its_status(string operation, FeedbackStatus to)
    {
        var change = FeedbackStatusChanges.Of(Change(operation, 7, "fb-1", "caritas-bizkaia"));

        Assert.NotNull(change);
        Assert.Equal("fb-1", change.ItemId);
        Assert.Equal(to, change.To);
        Assert.Equal(new FeedCursor(7, 0), change.Position);
    }

    [Theory]
    [InlineData("importGraph")]
    [InlineData("updateNode")]
    [InlineData("importSpreadsheet")]
    public void other_changes_are_graph_changes_only(string operation) =>
        Assert.Null(FeedbackStatusChanges.Of(Change(operation, 7, "fb-1")));

    [Fact]
    public void the_status_before_is_the_step_before_the_change_own_step()
    {
        var trace = new FeedbackTrace("fb-1",
        [
            new TraceStep(TraceStepKind.Raised, _day, null),
            new TraceStep(TraceStepKind.Triaged, _day.AddDays(1), null),
            new TraceStep(TraceStepKind.Discussed, _day.AddDays(2), null),
            new TraceStep(TraceStepKind.Discussed, _day.AddDays(3), null),
            new TraceStep(TraceStepKind.Escalated, _day.AddDays(4), null),
        ], [], null, false);
        FeedbackChangeEvent At(FeedbackStatus to, DateTimeOffset committed) => new(new FeedCursor(9, 0), "fb-1", to, committed);

        Assert.Null(FeedbackStatusChanges.StatusBefore(trace, At(FeedbackStatus.Submitted, _day.AddMinutes(1))));
        Assert.Equal(FeedbackStatus.Submitted, FeedbackStatusChanges.StatusBefore(trace, At(FeedbackStatus.Triaged, _day.AddDays(1).AddSeconds(1))));
        // Replayed later, a change still reads the status of its own moment, not the item's status now.
        Assert.Equal(FeedbackStatus.Triaged, FeedbackStatusChanges.StatusBefore(trace, At(FeedbackStatus.Discussed, _day.AddDays(2).AddSeconds(1))));
        Assert.Equal(FeedbackStatus.Discussed, FeedbackStatusChanges.StatusBefore(trace, At(FeedbackStatus.Discussed, _day.AddDays(3).AddSeconds(1))));
        Assert.Equal(FeedbackStatus.Discussed, FeedbackStatusChanges.StatusBefore(trace, At(FeedbackStatus.Escalated, _day.AddDays(4).AddSeconds(1))));
    }
}
