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

    /// <summary>
    /// Whether the changes after <paramref name="fromVersion"/> up to <paramref name="toVersion"/> are every one of them
    /// known (an audit event for each version, none missing) and all lifecycle operations: then the coordination graph
    /// of <paramref name="fromVersion"/> is that of <paramref name="toVersion"/> too.
    /// </summary>
    public static bool OnlyFeedbackBetween(IReadOnlyList<AuditEvent> changes, long fromVersion, long toVersion)
    {
        var between = changes.Where(change => change.GraphVersion > fromVersion && change.GraphVersion <= toVersion).ToList();
        return between.Count == toVersion - fromVersion
            && ChangeFeed.AuditsEveryVersion(between, fromVersion)
            && between.All(change => StatusAfter(change.Operation) is not null);
    }
}
