using NetworkGraph.Core.Feedback;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Analysis;

public sealed class FeedbackLifecycleTests
{
    private static readonly (FeedbackStatus From, FeedbackStatus To)[] _allowed =
    [
        (FeedbackStatus.Submitted, FeedbackStatus.Triaged),
        (FeedbackStatus.Triaged, FeedbackStatus.Discussed),
        (FeedbackStatus.Discussed, FeedbackStatus.Discussed),
        (FeedbackStatus.Discussed, FeedbackStatus.Escalated),
        (FeedbackStatus.Escalated, FeedbackStatus.Escalated),
        (FeedbackStatus.Escalated, FeedbackStatus.Resolved),
        (FeedbackStatus.Resolved, FeedbackStatus.ReportedBack),
        (FeedbackStatus.Submitted, FeedbackStatus.Declined),
        (FeedbackStatus.Triaged, FeedbackStatus.Declined),
        (FeedbackStatus.Discussed, FeedbackStatus.Declined),
        (FeedbackStatus.Escalated, FeedbackStatus.Declined),
    ];

    public static TheoryData<FeedbackStatus, FeedbackStatus> AllowedMoves()
    {
        var data = new TheoryData<FeedbackStatus, FeedbackStatus>();
        foreach (var (from, to) in _allowed)
        {
            data.Add(from, to);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void every_move_of_the_lifecycle_is_allowed(FeedbackStatus from, FeedbackStatus to)
    {
        Assert.True(FeedbackLifecycle.IsAllowed(from, to));
        FeedbackLifecycle.EnsureAllowed(from, to);
        Assert.Contains(to, FeedbackLifecycle.NextFrom(from));
    }

    [Fact]
    public void no_other_move_is_allowed()
    {
        var statuses = Enum.GetValues<FeedbackStatus>();
        var refused = statuses.SelectMany(from => statuses.Select(to => (From: from, To: to))).Except(_allowed).ToList();

        Assert.Equal(49 - _allowed.Length, refused.Count);
        Assert.All(refused, move => Assert.False(FeedbackLifecycle.IsAllowed(move.From, move.To)));
        Assert.All(refused, move => Assert.Throws<InvalidTransitionException>(() => FeedbackLifecycle.EnsureAllowed(move.From, move.To)));
    }

    [Theory]
    [InlineData(FeedbackStatus.Submitted, FeedbackStatus.Resolved,
        "A feedback item cannot move from SUBMITTED to RESOLVED; from SUBMITTED it can move to TRIAGED or DECLINED.")]
    [InlineData(FeedbackStatus.Triaged, FeedbackStatus.Escalated,
        "A feedback item cannot move from TRIAGED to ESCALATED; from TRIAGED it can move to DISCUSSED or DECLINED.")]
    [InlineData(FeedbackStatus.Discussed, FeedbackStatus.Resolved,
        "A feedback item cannot move from DISCUSSED to RESOLVED; from DISCUSSED it can move to DISCUSSED, ESCALATED or DECLINED.")]
    [InlineData(FeedbackStatus.Resolved, FeedbackStatus.Declined,
        "A feedback item cannot move from RESOLVED to DECLINED; from RESOLVED it can only move to REPORTED_BACK.")]
    [InlineData(FeedbackStatus.ReportedBack, FeedbackStatus.Discussed,
        "A feedback item cannot move from REPORTED_BACK to DISCUSSED; REPORTED_BACK is final.")]
    [InlineData(FeedbackStatus.Declined, FeedbackStatus.Triaged,
        "A feedback item cannot move from DECLINED to TRIAGED; DECLINED is final.")]
    [InlineData(FeedbackStatus.Triaged, FeedbackStatus.Triaged,
        "A feedback item cannot move from TRIAGED to TRIAGED; from TRIAGED it can move to DISCUSSED or DECLINED.")]
    public void an_illegal_move_is_refused_naming_both_statuses_and_where_the_item_can_go(FeedbackStatus from, FeedbackStatus to, string message)
    {
        var error = Assert.Throws<InvalidTransitionException>(() => FeedbackLifecycle.EnsureAllowed(from, to));

        Assert.Equal(message, error.Message);
        Assert.Equal((from, to), (error.From, error.To));
    }

    [Fact]
    public void the_next_statuses_come_in_lifecycle_order_and_the_final_ones_have_none()
    {
        Assert.Equal([FeedbackStatus.Discussed, FeedbackStatus.Escalated, FeedbackStatus.Declined], FeedbackLifecycle.NextFrom(FeedbackStatus.Discussed));
        Assert.Empty(FeedbackLifecycle.NextFrom(FeedbackStatus.ReportedBack));
        Assert.Empty(FeedbackLifecycle.NextFrom(FeedbackStatus.Declined));
    }
}
