using NetworkGraph.Core.Schema;

namespace NetworkGraph.Core.Feedback;

/// <summary>The steps of a resolution: a link to an existing policy change, or a new one with the institution that adopted it.</summary>
internal static class PolicyChangeResolution
{
    public static IReadOnlyList<GraphWrite> Plan(NodeRecord item, FeedbackMove.Resolve resolution, DateTimeOffset now)
    {
        if (resolution.PolicyChange is PolicyChangeOutcome.Existing existing)
        {
            return [FeedbackMoves.Step(RelationshipType.ResultedIn, item, existing.PolicyChange, now, resolution.Note)];
        }
        var proposed = (PolicyChangeOutcome.New)resolution.PolicyChange;
        var change = new NodeRecord
        {
            Id = NodeIds.New("pc", now),
            Label = NodeLabel.PolicyChange,
            Properties = new Dictionary<string, object?>
            {
                ["title"] = proposed.Title,
                ["description"] = proposed.Description,
                ["adoptedAt"] = proposed.AdoptedAt,
                ["level"] = ConstantCase.ToText(proposed.Level),
            },
            Sources = proposed.Sources,
        };
        ModelViolationException.ThrowIfInvalid(change, "input.policyChange");
        var adoption = new RelationshipRecord
        {
            Type = RelationshipType.Adopted,
            FromId = proposed.AdoptedBy.Id,
            ToId = change.Id,
            Properties = new Dictionary<string, object?> { ["at"] = proposed.AdoptedAt },
        };
        return [new CreateNode(change), new PutRelationship(adoption), FeedbackMoves.Step(RelationshipType.ResultedIn, item, change, now, resolution.Note)];
    }
}
