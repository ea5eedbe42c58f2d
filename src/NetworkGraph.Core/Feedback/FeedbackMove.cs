namespace NetworkGraph.Core.Feedback;

/// <summary>
/// A move a coordinator asks of a feedback item, holding the nodes it reaches as they were read,
/// so that <see cref="FeedbackMoves.Plan"/> needs nothing but the item, the move and the time.
/// </summary>
public abstract record FeedbackMove(FeedbackStatus To)
{
    /// <summary>Accept the item for handling.</summary>
    public sealed record Triage(string? Note) : FeedbackMove(FeedbackStatus.Triaged);

    public sealed record RecordDiscussion(NodeRecord Meeting, string? Note) : FeedbackMove(FeedbackStatus.Discussed);

    public sealed record Escalate(NodeRecord Network, string? Note) : FeedbackMove(FeedbackStatus.Escalated);

    public sealed record Resolve(PolicyChangeOutcome PolicyChange, string? Note) : FeedbackMove(FeedbackStatus.Resolved);

    /// <summary>The outcome was told to <paramref name="Institution"/>: the loop is closed.</summary>
    public sealed record ReportBack(NodeRecord Institution, string? Note) : FeedbackMove(FeedbackStatus.ReportedBack);

    public sealed record Decline(string Reason) : FeedbackMove(FeedbackStatus.Declined);
}
