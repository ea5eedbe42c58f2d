using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Feedback;

namespace NetworkGraph.Api.Live;

/// <summary>
/// Which committed changes are feedback status changes: the lifecycle's own operations (<see cref="FeedbackOperations"/>).
/// Each writes one item, which is the first node of its audit event (the item read before a move, the item created by
/// a submission). Imports and generic edits are graph changes only.
/// </summary>
public static class FeedbackStatusChanges
{
    /// <summary>The feedback event a change is, or null when it moved no item.</summary>
    public static FeedbackChangeEvent? Of(AuditEvent change) =>
        change.NodeIds.Count > 0 && FeedbackOperations.StatusAfter(change.Operation) is { } to
            ? new FeedbackChangeEvent(new FeedCursor(change.GraphVersion, 0), change.NodeIds[0], to, change.At)
            : null;

    /// <summary>
    /// The status the item had before the change: the step of its trace (docs/architecture.md §3) just before the
    /// change's own step, the last step to <see cref="FeedbackChangeEvent.To"/> dated no later than the commit. Read
    /// from the item's history, so it holds for items that came with the seed or an import too; null for a submission.
    /// </summary>
    public static FeedbackStatus? StatusBefore(FeedbackTrace trace, FeedbackChangeEvent change)
    {
        var steps = trace.Steps.Where(step => step.At <= change.At).ToList();
        var own = steps.FindLastIndex(step => StatusAfter(step.Kind) == change.To);
        return own > 0 ? StatusAfter(steps[own - 1].Kind) : null;
    }

    private static FeedbackStatus StatusAfter(TraceStepKind step) => step switch
    {
        TraceStepKind.Raised => FeedbackStatus.Submitted,
        TraceStepKind.Triaged => FeedbackStatus.Triaged,
        TraceStepKind.Discussed => FeedbackStatus.Discussed,
        TraceStepKind.Escalated => FeedbackStatus.Escalated,
        TraceStepKind.Resolved => FeedbackStatus.Resolved,
        TraceStepKind.ReportedBack => FeedbackStatus.ReportedBack,
        _ => FeedbackStatus.Declined,
    };
}
