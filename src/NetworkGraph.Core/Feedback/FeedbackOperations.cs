namespace NetworkGraph.Core.Feedback;

/// <summary>
/// The lifecycle's own operations, as the audit trail names them: a submission and the six moves. Each writes one
/// feedback item (the first node of its audit event) and the dated steps from it, and, for a resolution, a policy
/// change and who adopted it; none writes an institution, a network, a meeting or a link between institutions.
/// </summary>
public static class FeedbackOperations
{
    private static readonly Dictionary<string, FeedbackStatus> _statusAfter = new(StringComparer.Ordinal)
    {
        ["submitFeedback"] = FeedbackStatus.Submitted,
        ["triageFeedback"] = FeedbackStatus.Triaged,
        ["recordDiscussion"] = FeedbackStatus.Discussed,
        ["escalateFeedback"] = FeedbackStatus.Escalated,
        ["resolveFeedback"] = FeedbackStatus.Resolved,
        ["reportBack"] = FeedbackStatus.ReportedBack,
        ["declineFeedback"] = FeedbackStatus.Declined,
    };

    /// <summary>The status an item has after the operation, or null when it is not one of the lifecycle's.</summary>
    public static FeedbackStatus? StatusAfter(string operation) =>
        _statusAfter.TryGetValue(operation, out var status) ? status : null;
}
