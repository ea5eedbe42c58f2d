using NetworkGraph.Api.GraphQL.Errors;
using NetworkGraph.Api.Mutations;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.Feedback;

/// <summary>The writes of resolveFeedback: a link to an existing policy change, or a new one with the institution that adopted it.</summary>
public static class PolicyChangeResolution
{
    public static IReadOnlyList<GraphWrite> Build(NodeRecord item, MutationInput input, NodeLookup nodes, DateTimeOffset now)
    {
        var existingId = input.OptionalId("policyChangeId");
        var proposed = input.Object("policyChange");
        if ((existingId is null) == (proposed is null))
        {
            throw UserError.BadInput("Give exactly one of 'input.policyChangeId' (an existing policy change) and 'input.policyChange' (a new one).");
        }
        var note = input.OptionalText("note", FeedbackMutations.NoteLength);
        if (existingId is not null)
        {
            var existing = nodes.Require(existingId, NodeLabel.PolicyChange, "policyChangeId");
            return [FeedbackMutations.Step(RelationshipType.ResultedIn, item, existing, now, note)];
        }
        var adopter = nodes.Require(proposed!.Id("adoptedBy"), NodeLabel.Institution, "policyChange.adoptedBy");
        var adoptedAt = proposed.OptionalDate("adoptedAt") ?? throw UserError.BadInput("'input.policyChange.adoptedAt' is required.");
        var change = new NodeRecord
        {
            Id = NodeIds.New("pc", now),
            Label = NodeLabel.PolicyChange,
            Properties = new Dictionary<string, object?>
            {
                ["title"] = proposed.Text("title"),
                ["description"] = proposed.Text("description", FeedbackMutations.NoteLength),
                ["adoptedAt"] = adoptedAt,
                ["level"] = ConstantCase.ToText(proposed.Enum<GovernanceLevel>("level")),
            },
            Sources = proposed.Sources(),
        };
        ModelCheck.EnsureValid(change, "input.policyChange");
        var adoption = new RelationshipRecord
        {
            Type = RelationshipType.Adopted,
            FromId = adopter.Id,
            ToId = change.Id,
            Properties = new Dictionary<string, object?> { ["at"] = adoptedAt },
        };
        return [new CreateNode(change), new PutRelationship(adoption), FeedbackMutations.Step(RelationshipType.ResultedIn, item, change, now, note)];
    }
}
