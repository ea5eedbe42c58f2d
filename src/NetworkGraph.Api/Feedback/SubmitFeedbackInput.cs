using NetworkGraph.Api.Mutations;

namespace NetworkGraph.Api.Feedback;

public sealed record SubmitFeedbackInput(string Title, string Description, string? RaisedBy, string? IdempotencyKey, string ThemeId)
    : IMutationInput<SubmitFeedbackInput>
{
    public static SubmitFeedbackInput Read(InputReader input) => new(
        input.Text("title"),
        input.Text("description", FeedbackMutations.NoteLength),
        input.OptionalId("raisedBy"),
        input.OptionalText("idempotencyKey"),
        input.Id("themeId"));
}
