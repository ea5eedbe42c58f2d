using NetworkGraph.Api.Mutations;
using NetworkGraph.Core.Feedback;

namespace NetworkGraph.Api.Feedback;

/// <summary>resolveFeedback's input: exactly one of an existing policy change and a new one.</summary>
public sealed record ResolveFeedbackInput(string Id, string? PolicyChangeId, NewPolicyChangeInput? PolicyChange, string? Note)
    : IFeedbackMoveInput<ResolveFeedbackInput>
{
    public IEnumerable<string> References => [PolicyChangeId ?? PolicyChange!.AdoptedBy];

    public static ResolveFeedbackInput Read(InputReader input)
    {
        var id = input.Id("id");
        var existingId = input.OptionalId("policyChangeId");
        var proposed = input.Object("policyChange") is { } nested ? NewPolicyChangeInput.Read(nested) : null;
        if ((existingId is null) == (proposed is null))
        {
            throw UserError.BadInput("Give exactly one of 'input.policyChangeId' (an existing policy change) and 'input.policyChange' (a new one).");
        }
        return new(id, existingId, proposed, input.OptionalText("note", FeedbackMutations.NoteLength));
    }

    public FeedbackMove ToMove(NodeLookup nodes) => new FeedbackMove.Resolve(
        PolicyChangeId is not null
            ? new PolicyChangeOutcome.Existing(nodes.Require(PolicyChangeId, NodeLabel.PolicyChange, "policyChangeId"))
            : PolicyChange!.ToOutcome(nodes.Require(PolicyChange.AdoptedBy, NodeLabel.Institution, "policyChange.adoptedBy")),
        Note);
}

public sealed record NewPolicyChangeInput(
    string Title, string Description, string AdoptedAt, GovernanceLevel Level, string AdoptedBy, IReadOnlyList<SourceRef> Sources)
{
    public static NewPolicyChangeInput Read(InputReader input) => new(
        input.Text("title"),
        input.Text("description", FeedbackMutations.NoteLength),
        input.OptionalDate("adoptedAt") ?? throw UserError.BadInput("'input.policyChange.adoptedAt' is required."),
        input.Enum<GovernanceLevel>("level"),
        input.Id("adoptedBy"),
        input.Sources());

    public PolicyChangeOutcome.New ToOutcome(NodeRecord adoptedBy) => new(Title, Description, AdoptedAt, Level, adoptedBy, Sources);
}
