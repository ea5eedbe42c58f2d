using GraphQL;
using NetworkGraph.Api.Auth;
using NetworkGraph.Api.GraphQL.Errors;
using NetworkGraph.Api.Mutations;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.Feedback;

/// <summary>
/// submitFeedback: an NGO raises an item for its own organisation. With an idempotency key the
/// item's id derives from the organisation and the key, so a retried submission finds the item
/// the first one stored instead of storing it twice.
/// </summary>
public static class FeedbackSubmission
{
    public static async Task<NodeRecord> SubmitAsync(IResolveFieldContext context)
    {
        var input = MutationInput.From(context);
        var services = context.RequestServices!;
        var viewer = services.GetRequiredService<Viewer>();
        var store = services.GetRequiredService<IGraphStore>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();

        var title = input.Text("title");
        var description = input.Text("description", FeedbackMutations.NoteLength);
        var raisedBy = input.OptionalId("raisedBy") ?? viewer.Org
            ?? throw UserError.BadInput("'input.raisedBy' is required: the token names no organisation.");
        if (!viewer.IsInRole(Roles.Coordinator, Roles.Admin) && raisedBy != viewer.Org)
        {
            throw new UserError(ErrorCodes.Forbidden, $"An NGO may submit feedback only for its own organisation ('{viewer.Org}').");
        }
        var key = input.OptionalText("idempotencyKey");
        var id = key is null ? NodeIds.New("fb", now) : NodeIds.FromKey("fb", raisedBy + "\n" + key);
        var nodes = await NodeLookup.LoadAsync(store, [input.Id("themeId"), raisedBy, id], context.CancellationToken);
        var theme = nodes.Require(input.Id("themeId"), NodeLabel.Theme, "themeId");
        var raiser = nodes.Require(raisedBy, NodeLabel.Institution, "raisedBy");
        if (nodes.Contains(id))
        {
            return await SameSubmissionAsync(store, id, title, description, context.CancellationToken);
        }

        var item = new NodeRecord
        {
            Id = id,
            Label = NodeLabel.FeedbackItem,
            Properties = new Dictionary<string, object?>
            {
                ["title"] = title,
                ["description"] = description,
                ["status"] = "SUBMITTED",
                ["submittedAt"] = Instants.Format(now),
            },
        };
        ModelCheck.EnsureValid(item);
        var raised = new RelationshipRecord
        {
            Type = RelationshipType.Raised,
            FromId = raiser.Id,
            ToId = id,
            Properties = new Dictionary<string, object?> { ["at"] = Instants.Format(now) },
        };
        var about = new RelationshipRecord { Type = RelationshipType.About, FromId = id, ToId = theme.Id };
        try
        {
            var stored = await services.GetRequiredService<AuditedWriter>().WriteAndReadAsync(
                "submitFeedback", [new CreateNode(item), new PutRelationship(raised), new PutRelationship(about)], [], id, context.CancellationToken);
            viewer.Owns(id);
            return stored;
        }
        catch (GraphConflictException) when (key is not null)
        {
            // The same key arrived twice at once and the other request stored it first.
            return await SameSubmissionAsync(store, id, title, description, context.CancellationToken);
        }
    }

    private static async Task<NodeRecord> SameSubmissionAsync(IGraphStore store, string id, string title, string description, CancellationToken cancellationToken)
    {
        var stored = (await store.GetNodesAsync([id], cancellationToken)).Single();
        return stored.GetString("title") == title && stored.GetString("description") == description
            ? stored
            : throw new UserError(ErrorCodes.Conflict, "This idempotency key was already used for a different submission; use a new key.");
    }
}
