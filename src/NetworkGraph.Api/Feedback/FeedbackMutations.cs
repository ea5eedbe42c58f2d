using NetworkGraph.Api.Mutations;
using NetworkGraph.Core.Feedback;

namespace NetworkGraph.Api.Feedback;

/// <summary>
/// Submitting feedback and moving it through its lifecycle (docs/architecture.md): each move is
/// planned in Core from the item as read, written in one audited batch guarded by the item's
/// version, and answered with the item as stored.
/// </summary>
public static class FeedbackMutations
{
    public const int NoteLength = 4000;

    public static void AddFeedbackMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<FeedbackItemType>>("submitFeedback")
            .Description("Raise a feedback item for your organisation (status SUBMITTED).")
            .Argument<NonNullGraphType<SubmitFeedbackInputType>>("input")
            .Requires(Access.Submitters)
            .Resolve()
            .WithServices<Viewer, IGraphStore, TimeProvider, AuditedWriter>()
            .ResolveAsync(async (c, viewer, store, clock, writer) =>
                await SubmitFeedback.SubmitAsync(c.Input<SubmitFeedbackInput>(), viewer, store, clock.GetUtcNow(), writer, c.CancellationToken));

        mutation.Move<TriageFeedbackInputType, TriageFeedbackInput>("triageFeedback", "Accept an item for handling.");
        mutation.Move<RecordDiscussionInputType, RecordDiscussionInput>("recordDiscussion", "Record that a meeting discussed the item.");
        mutation.Move<EscalateFeedbackInputType, EscalateFeedbackInput>("escalateFeedback", "Escalate the item to a network.");
        mutation.Move<ResolveFeedbackInputType, ResolveFeedbackInput>("resolveFeedback",
            "Link the item to the policy change it resulted in: an existing one, or a new one with its adopting institution.");
        mutation.Move<ReportBackInputType, ReportBackInput>("reportBack", "Record that the outcome was reported back: the loop is closed.");
        mutation.Move<DeclineFeedbackInputType, DeclineFeedbackInput>("declineFeedback", "Decline the item, saying why.");
    }

    private static void Move<TInputType, TInput>(this ObjectGraphType mutation, string name, string description)
        where TInputType : IInputObjectGraphType
        where TInput : IFeedbackMoveInput<TInput> =>
        mutation.Field<NonNullGraphType<FeedbackItemType>>(name)
            .Description($"{description} Coordinators only; an illegal move is refused with INVALID_TRANSITION and changes nothing.")
            .Argument<NonNullGraphType<TInputType>>("input")
            .Requires(Access.Coordinators)
            .Resolve()
            .WithServices<IGraphStore, TimeProvider, AuditedWriter>()
            .ResolveAsync(async (c, store, clock, writer) =>
            {
                var input = await c.Input<TInput>().CompleteAsync(store, c.CancellationToken);
                var nodes = await NodeLookup.LoadAsync(store, [input.Id, .. input.References], c.CancellationToken);
                var item = nodes.Require(input.Id, NodeLabel.FeedbackItem, "id");
                var writes = FeedbackMoves.Plan(item, input.ToMove(nodes), clock.GetUtcNow());
                return await writer.WriteAndReadAsync(name, writes, [item], item.Id, c.CancellationToken);
            });
}
