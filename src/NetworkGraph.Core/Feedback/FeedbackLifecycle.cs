namespace NetworkGraph.Core.Feedback;

/// <summary>
/// The moves a feedback item may make (docs/architecture.md §3): forward along SUBMITTED, TRIAGED, DISCUSSED,
/// ESCALATED, RESOLVED, REPORTED_BACK, staying in DISCUSSED or ESCALATED for further meetings and
/// escalations, and DECLINED from any state before RESOLVED. Nothing leaves REPORTED_BACK or DECLINED.
/// </summary>
public static class FeedbackLifecycle
{
    private static readonly Dictionary<FeedbackStatus, FeedbackStatus[]> _next = new()
    {
        [FeedbackStatus.Submitted] = [FeedbackStatus.Triaged, FeedbackStatus.Declined],
        [FeedbackStatus.Triaged] = [FeedbackStatus.Discussed, FeedbackStatus.Declined],
        [FeedbackStatus.Discussed] = [FeedbackStatus.Discussed, FeedbackStatus.Escalated, FeedbackStatus.Declined],
        [FeedbackStatus.Escalated] = [FeedbackStatus.Escalated, FeedbackStatus.Resolved, FeedbackStatus.Declined],
        [FeedbackStatus.Resolved] = [FeedbackStatus.ReportedBack],
        [FeedbackStatus.ReportedBack] = [],
        [FeedbackStatus.Declined] = [],
    };

    public static bool IsAllowed(FeedbackStatus from, FeedbackStatus to) => NextFrom(from).Contains(to);

    /// <summary>The statuses reachable in one move, in lifecycle order.</summary>
    public static IReadOnlyList<FeedbackStatus> NextFrom(FeedbackStatus from) =>
        _next.TryGetValue(from, out var next) ? Array.AsReadOnly(next) : [];

    /// <exception cref="InvalidTransitionException">The move is not allowed.</exception>
    public static void EnsureAllowed(FeedbackStatus from, FeedbackStatus to)
    {
        if (!IsAllowed(from, to))
        {
            throw new InvalidTransitionException(from, to);
        }
    }

    internal static string DescribeRefusal(FeedbackStatus from, FeedbackStatus to)
    {
        var fromText = ConstantCase.ToText(from);
        var next = NextFrom(from).Select(status => ConstantCase.ToText(status)).ToList();
        var options = next.Count switch
        {
            0 => $"{fromText} is final",
            1 => $"from {fromText} it can only move to {next[0]}",
            _ => $"from {fromText} it can move to {string.Join(", ", next.Take(next.Count - 1))} or {next[^1]}",
        };
        return $"A feedback item cannot move from {fromText} to {ConstantCase.ToText(to)}; {options}.";
    }
}
