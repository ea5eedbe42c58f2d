using NetworkGraph.Api.Mutations;
using NetworkGraph.Core.Feedback;

namespace NetworkGraph.Api.Feedback;

public sealed record ReportBackInput(string Id, string? InstitutionId, string? Note) : IFeedbackMoveInput<ReportBackInput>
{
    public IEnumerable<string> References => InstitutionId is null ? [] : [InstitutionId];

    public static ReportBackInput Read(InputReader input) =>
        new(input.Id("id"), input.OptionalId("institutionId"), input.OptionalText("note", FeedbackMutations.NoteLength));

    /// <summary>Reporting back goes to the institution that raised the item unless another is named.</summary>
    public async Task<ReportBackInput> CompleteAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        if (InstitutionId is not null)
        {
            return this;
        }
        var raised = await store.ExpandAsync([Id], Direction.Incoming, [RelationshipType.Raised], cancellationToken);
        return raised.Count > 0 ? this with { InstitutionId = raised[0].FromId } : this;
    }

    public FeedbackMove ToMove(NodeLookup nodes) => new FeedbackMove.ReportBack(
        nodes.Require(InstitutionId ?? throw UserError.BadInput("'input.institutionId' is required."), NodeLabel.Institution, "institutionId"),
        Note);
}
