using System.Globalization;
using NetworkGraph.Core.Graph;
using NetworkGraph.Synthetic.World;
using static NetworkGraph.Core.Graph.FeedbackStatus;

namespace NetworkGraph.Synthetic.Steps;

/// <summary>
/// Feedback items raised by NGOs and diaspora associations, about one per twenty institutions, with
/// histories that follow the lifecycle: SUBMITTED -> TRIAGED -> DISCUSSED+ -> ESCALATED+ -> RESOLVED
/// -> REPORTED_BACK, or DECLINED with a reason from any state before RESOLVED.
/// </summary>
internal static class Feedback
{
    private static readonly (FeedbackStatus Status, int Weight)[] _statuses =
        [(Submitted, 8), (Triaged, 10), (Discussed, 15), (Escalated, 15), (Resolved, 12), (ReportedBack, 28), (Declined, 12)];

    private static readonly FeedbackStatus[] _stages = [Submitted, Triaged, Discussed, Escalated, Resolved, ReportedBack];

    public static void Build(SyntheticWorld world)
    {
        var raisers = world.Actors
            .Where(a => a.Kind is ActorKind.Ngo or ActorKind.DiasporaAssociation && a.Level <= GovernanceLevel.National)
            .ToList();
        var european = world.Networks.Where(n => n.Level == GovernanceLevel.European).ToList();
        for (var i = 0; i < world.Sizes.FeedbackItems; i++)
        {
            Raise(world, world.Pick(raisers), european);
        }
    }

    private static void Raise(SyntheticWorld world, Actor raiser, List<SyntheticNetwork> european)
    {
        var drawn = world.PickWeighted(_statuses);
        // A declined item was declined after getting as far as triage, discussion or escalation.
        var target = drawn == Declined ? world.Random.Number(0, 3) : Array.IndexOf(_stages, drawn);
        var history = FeedbackHistory.Draw(world, raiser, target, european);
        var theme = history.Discussions.Count > 0 ? world.Pick(history.Discussions[0].Network.Themes) : world.Pick(world.Themes);
        var status = drawn == Declined ? Declined : _stages[history.Stage];
        var id = world.NextId(NodeLabel.FeedbackItem);
        var issue = string.Format(CultureInfo.InvariantCulture, world.Pick(Vocabulary.FeedbackIssues), theme.Name.ToLower(CultureInfo.InvariantCulture));
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = $"{issue} in {raiser.Place.Name}",
            ["description"] = $"Synthetic feedback item raised by {raiser.Name}: {issue.ToLower(CultureInfo.InvariantCulture)}.",
            ["status"] = ConstantCase.ToText(status),
            ["submittedAt"] = Dates.Text(history.Submitted),
        };
        if (history.Triaged is { } triaged)
        {
            properties["triagedAt"] = Dates.Text(triaged);
            if (world.Chance(0.5))
            {
                properties["triageNote"] = world.Pick(Vocabulary.TriageNotes);
            }
        }
        if (status == Declined)
        {
            properties["declinedAt"] = Dates.Text(history.Last.AddDays(world.Random.Number(3, 45)));
            properties["declineReason"] = world.Pick(Vocabulary.DeclineReasons);
        }
        world.AddNode(NodeLabel.FeedbackItem, id, properties);
        world.Relate(RelationshipType.Raised, raiser.Id, id, At(history.Submitted));
        world.Relate(RelationshipType.About, id, theme.Id);
        foreach (var (meeting, at) in history.Discussions.Zip(history.DiscussedAt))
        {
            world.Relate(RelationshipType.DiscussedAt, id, meeting.Id, At(at));
        }
        foreach (var (network, at) in history.Escalations.Zip(history.EscalatedAt))
        {
            world.Relate(RelationshipType.EscalatedTo, id, network.Id, At(at));
        }
        if (history.Resolved is { } resolved && status != Declined)
        {
            var policy = PolicyChanges.Add(world, theme, history.Escalations[^1], resolved);
            world.Relate(RelationshipType.ResultedIn, id, policy, At(resolved));
            if (history.ReportedBack is { } reported)
            {
                world.Relate(RelationshipType.ReportedBackTo, id, raiser.Id, At(reported));
            }
        }
    }

    private static Dictionary<string, object?> At(DateTimeOffset instant) =>
        new(StringComparer.Ordinal) { ["at"] = Dates.Text(instant) };
}
