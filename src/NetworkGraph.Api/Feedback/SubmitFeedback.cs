using NetworkGraph.Api.Mutations;
using NetworkGraph.Core.Feedback;

namespace NetworkGraph.Api.Feedback;

/// <summary>
/// submitFeedback: an NGO raises an item for its own organisation. A retry with the same
/// idempotency key answers with the item the first submission stored.
/// </summary>
public static class SubmitFeedback
{
    public static async Task<NodeRecord> SubmitAsync(
        SubmitFeedbackInput input, Viewer viewer, IGraphStore store, DateTimeOffset now, AuditedWriter writer, CancellationToken cancellationToken)
    {
        var raisedBy = input.RaisedBy ?? viewer.Org
            ?? throw UserError.BadInput("'input.raisedBy' is required: the token names no organisation.");
        if (!viewer.IsInRole(Roles.Coordinator, Roles.Admin) && raisedBy != viewer.Org)
        {
            throw new UserError(ErrorCodes.Forbidden, $"An NGO may submit feedback only for its own organisation ('{viewer.Org}').");
        }
        var id = FeedbackSubmission.ItemId(raisedBy, input.IdempotencyKey, now);
        var nodes = await NodeLookup.LoadAsync(store, [input.ThemeId, raisedBy, id], cancellationToken);
        var submission = new FeedbackSubmission(
            input.Title,
            input.Description,
            nodes.Require(input.ThemeId, NodeLabel.Theme, "themeId"),
            nodes.Require(raisedBy, NodeLabel.Institution, "raisedBy"));
        if (nodes.Find(id) is { } earlier)
        {
            // A retry: the lookup above already read what the first submission stored.
            return SameSubmission(earlier, submission);
        }
        try
        {
            var stored = await writer.WriteAndReadAsync("submitFeedback", submission.Plan(id, now), [], id, cancellationToken);
            viewer.Owns(id);
            return stored;
        }
        catch (GraphConflictException) when (input.IdempotencyKey is not null)
        {
            // The same key arrived twice at once and the other request stored it first.
            return SameSubmission((await store.GetNodesAsync([id], cancellationToken)).Single(), submission);
        }
    }

    private static NodeRecord SameSubmission(NodeRecord stored, FeedbackSubmission submission) =>
        submission.IsStoredAs(stored)
            ? stored
            : throw new UserError(ErrorCodes.Conflict, "This idempotency key was already used for a different submission; use a new key.");
}
