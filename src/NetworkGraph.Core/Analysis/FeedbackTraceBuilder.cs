namespace NetworkGraph.Core.Analysis;

/// <summary>
/// The history of a feedback item in time order, from the institution that raised it to the
/// policy change it produced and the report back, with the levels it passed through.
/// </summary>
internal sealed class FeedbackTraceBuilder(GraphIndex graph)
{
    public FeedbackTrace Build(NodeRecord item)
    {
        var steps = Steps(item)
            .OrderBy(step => step.At)
            .ThenBy(step => step.Kind)
            .ToList();
        var levels = new List<GovernanceLevel>();
        foreach (var level in steps.Select(step => step.Level).OfType<GovernanceLevel>())
        {
            if (levels.Count == 0 || levels[^1] != level)
            {
                levels.Add(level);
            }
        }
        var resolved = steps.FirstOrDefault(step => step.Kind == TraceStepKind.Resolved);
        double? days = resolved is not null && Instant(item.GetString("submittedAt")) is { } submitted
            ? (resolved.At - submitted).TotalDays
            : null;
        var loopClosed = resolved is not null && steps.Any(step => step.Kind == TraceStepKind.ReportedBack);
        return new FeedbackTrace(item.Id, steps.AsReadOnly(), levels.AsReadOnly(), days, loopClosed);
    }

    private IEnumerable<TraceStep> Steps(NodeRecord item)
    {
        foreach (var raised in graph.Incoming(item.Id, RelationshipType.Raised))
        {
            if (At(raised) is { } at)
            {
                yield return new TraceStep(TraceStepKind.Raised, at, graph.LevelOf(raised.FromId), ActorId: raised.FromId);
            }
        }
        if (Instant(item.GetString("triagedAt")) is { } triaged)
        {
            yield return new TraceStep(TraceStepKind.Triaged, triaged, null, Note: item.GetString("triageNote"));
        }
        foreach (var discussed in graph.Outgoing(item.Id, RelationshipType.DiscussedAt))
        {
            if (At(discussed) is { } at)
            {
                var network = graph.Outgoing(discussed.ToId, RelationshipType.Of).FirstOrDefault()?.ToId;
                yield return new TraceStep(
                    TraceStepKind.Discussed, at, network is null ? null : graph.LevelOf(network),
                    MeetingId: discussed.ToId, NetworkId: network, Note: discussed.GetString("note"));
            }
        }
        foreach (var escalated in graph.Outgoing(item.Id, RelationshipType.EscalatedTo))
        {
            if (At(escalated) is { } at)
            {
                yield return new TraceStep(
                    TraceStepKind.Escalated, at, graph.LevelOf(escalated.ToId), NetworkId: escalated.ToId, Note: escalated.GetString("note"));
            }
        }
        foreach (var resulted in graph.Outgoing(item.Id, RelationshipType.ResultedIn))
        {
            if (At(resulted) is { } at)
            {
                // Adopters come ordered by id, so the first is the one the trace names.
                var adopter = graph.Incoming(resulted.ToId, RelationshipType.Adopted).FirstOrDefault()?.FromId;
                yield return new TraceStep(
                    TraceStepKind.Resolved, at, graph.LevelOf(resulted.ToId),
                    ActorId: adopter, PolicyChangeId: resulted.ToId, Note: resulted.GetString("note"));
            }
        }
        foreach (var reported in graph.Outgoing(item.Id, RelationshipType.ReportedBackTo))
        {
            if (At(reported) is { } at)
            {
                yield return new TraceStep(
                    TraceStepKind.ReportedBack, at, graph.LevelOf(reported.ToId), ActorId: reported.ToId, Note: reported.GetString("note"));
            }
        }
        if (Instant(item.GetString("declinedAt")) is { } declined)
        {
            yield return new TraceStep(TraceStepKind.Declined, declined, null, Note: item.GetString("declineReason"));
        }
    }

    private static DateTimeOffset? At(RelationshipRecord relationship) => Instant(relationship.GetString("at"));

    private static DateTimeOffset? Instant(string? text) => Instants.TryParse(text, out var instant) ? instant : null;
}
