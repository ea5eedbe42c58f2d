using NetworkGraph.Core.Schema;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Core.Feedback;

/// <summary>
/// What a lifecycle move writes: the item at the version it was read, with its new status and the
/// properties the move records, then the dated step to the node the move reached. A move the
/// lifecycle does not allow plans nothing.
/// </summary>
public static class FeedbackMoves
{
    /// <exception cref="InvalidTransitionException">The item's status does not lead to the move's.</exception>
    /// <exception cref="ModelViolationException">A new policy change breaks the model.</exception>
    public static IReadOnlyList<GraphWrite> Plan(NodeRecord item, FeedbackMove move, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(move);
        FeedbackLifecycle.EnsureAllowed(item.GetEnum<FeedbackStatus>("status") ?? FeedbackStatus.Submitted, move.To);
        var properties = new Dictionary<string, object?>(item.Properties) { ["status"] = ConstantCase.ToText(move.To) };
        foreach (var (name, value) in Recorded(move, Instants.Format(now)))
        {
            properties[name] = value;
        }
        return [new UpdateNode(item.Id, item.Version, PropertyValues.WithoutNulls(properties), item.Sources), .. Steps(item, move, now)];
    }

    /// <summary>The dated relationship from the item to what a move reached, carrying the note when there is one.</summary>
    public static PutRelationship Step(RelationshipType type, NodeRecord item, NodeRecord target, DateTimeOffset at, string? note)
    {
        var properties = new Dictionary<string, object?> { ["at"] = Instants.Format(at) };
        if (note is not null)
        {
            properties["note"] = note;
        }
        return new PutRelationship(new RelationshipRecord { Type = type, FromId = item.Id, ToId = target.Id, Properties = properties });
    }

    // A null value removes the property, as an absent one reads the same.
    private static IEnumerable<(string Name, object? Value)> Recorded(FeedbackMove move, string at) => move switch
    {
        FeedbackMove.Triage triage => [("triagedAt", at), ("triageNote", triage.Note)],
        FeedbackMove.Decline decline => [("declinedAt", at), ("declineReason", decline.Reason)],
        _ => [],
    };

    private static IReadOnlyList<GraphWrite> Steps(NodeRecord item, FeedbackMove move, DateTimeOffset now) => move switch
    {
        FeedbackMove.RecordDiscussion discussion => [Step(DiscussedAt, item, discussion.Meeting, now, discussion.Note)],
        FeedbackMove.Escalate escalation => [Step(EscalatedTo, item, escalation.Network, now, escalation.Note)],
        FeedbackMove.Resolve resolution => PolicyChangeResolution.Plan(item, resolution, now),
        FeedbackMove.ReportBack report => [Step(ReportedBackTo, item, report.Institution, now, report.Note)],
        _ => [],
    };
}
