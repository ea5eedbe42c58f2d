using GraphQL.Types;
using NetworkGraph.Api.Auth;
using NetworkGraph.Api.Mutations;
using NetworkGraph.Core.Feedback;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.Feedback;

/// <summary>
/// Submitting feedback and moving it through its lifecycle (DESIGN §3): each move checks the
/// transition, writes the status and the step's relationship in one audited batch guarded by the
/// item's version, and returns the item as stored.
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
            .ResolveAsync(async c => await FeedbackSubmission.SubmitAsync(c));

        mutation.Move<TriageFeedbackInputType>("triageFeedback", FeedbackStatus.Triaged, "Accept an item for handling.",
            (item, input, _, now, props) =>
            {
                props["triagedAt"] = Instants.Format(now);
                props["triageNote"] = input.OptionalText("note", NoteLength);
                return [];
            });

        mutation.Move<RecordDiscussionInputType>("recordDiscussion", FeedbackStatus.Discussed, "Record that a meeting discussed the item.",
            (item, input, nodes, now, _) =>
            {
                var meeting = nodes.Require(input.Id("meetingId"), NodeLabel.Meeting, "meetingId");
                return [Step(RelationshipType.DiscussedAt, item, meeting, now, input.OptionalText("note", NoteLength))];
            },
            "meetingId");

        mutation.Move<EscalateFeedbackInputType>("escalateFeedback", FeedbackStatus.Escalated, "Escalate the item to a network.",
            (item, input, nodes, now, _) =>
            {
                var network = nodes.Require(input.Id("networkId"), NodeLabel.Network, "networkId");
                return [Step(RelationshipType.EscalatedTo, item, network, now, input.OptionalText("note", NoteLength))];
            },
            "networkId");

        mutation.Move<ResolveFeedbackInputType>("resolveFeedback", FeedbackStatus.Resolved,
            "Link the item to the policy change it resulted in: an existing one, or a new one with its adopting institution.",
            (item, input, nodes, now, _) => PolicyChangeResolution.Build(item, input, nodes, now),
            "policyChangeId", "policyChange.adoptedBy");

        mutation.Move<ReportBackInputType>("reportBack", FeedbackStatus.ReportedBack, "Record that the outcome was reported back: the loop is closed.",
            (item, input, nodes, now, _) =>
            {
                var institution = nodes.Require(input.Id("institutionId"), NodeLabel.Institution, "institutionId");
                return [Step(RelationshipType.ReportedBackTo, item, institution, now, input.OptionalText("note", NoteLength))];
            },
            "institutionId");

        mutation.Move<DeclineFeedbackInputType>("declineFeedback", FeedbackStatus.Declined, "Decline the item, saying why.",
            (_, input, _, now, props) =>
            {
                props["declinedAt"] = Instants.Format(now);
                props["declineReason"] = input.Text("reason", NoteLength);
                return [];
            });
    }

    public static PutRelationship Step(RelationshipType type, NodeRecord item, NodeRecord target, DateTimeOffset at, string? note)
    {
        var properties = new Dictionary<string, object?> { ["at"] = Instants.Format(at) };
        if (note is not null)
        {
            properties["note"] = note;
        }
        return new PutRelationship(new RelationshipRecord { Type = type, FromId = item.Id, ToId = target.Id, Properties = properties });
    }

    /// <summary>One lifecycle move: builds the step's writes and edits the item's properties.</summary>
    public delegate IReadOnlyList<GraphWrite> MoveStep(
        NodeRecord item, MutationInput input, NodeLookup nodes, DateTimeOffset now, Dictionary<string, object?> properties);

    private static void Move<TInputType>(
        this ObjectGraphType mutation, string name, FeedbackStatus to, string description, MoveStep step, params string[] referencedIds)
        where TInputType : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<FeedbackItemType>>(name)
            .Description($"{description} Coordinators only; an illegal move is refused with INVALID_TRANSITION and changes nothing.")
            .Argument<NonNullGraphType<TInputType>>("input")
            .Requires(Access.Coordinators)
            .ResolveAsync(async c =>
            {
                var input = MutationInput.From(c);
                var store = c.RequestServices!.GetRequiredService<IGraphStore>();
                var itemId = input.Id("id");
                // Reporting back goes to the raising institution unless another is named.
                var raiser = to == FeedbackStatus.ReportedBack && !input.Has("institutionId")
                    ? await store.ExpandAsync([itemId], Direction.Incoming, [RelationshipType.Raised], c.CancellationToken)
                    : [];
                var nodes = await NodeLookup.LoadAsync(store, [itemId, .. referencedIds.Select(input.NestedId), .. raiser.Select(r => r.FromId)], c.CancellationToken);
                var item = nodes.Require(itemId, NodeLabel.FeedbackItem, "id");
                var from = item.GetEnum<FeedbackStatus>("status") ?? FeedbackStatus.Submitted;
                FeedbackLifecycle.EnsureAllowed(from, to);

                var now = c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow();
                var properties = new Dictionary<string, object?>(item.Properties) { ["status"] = ConstantCase.ToText(to) };
                var defaults = raiser.Count > 0 ? input.With("institutionId", raiser[0].FromId) : input;
                var writes = step(item, defaults, nodes, now, properties);
                var update = new UpdateNode(item.Id, item.Version, ModelCheck.WithoutNulls(properties), item.Sources);
                return await c.RequestServices!.GetRequiredService<AuditedWriter>()
                    .WriteAndReadAsync(name, [update, .. writes], [item], item.Id, c.CancellationToken);
            });
}
