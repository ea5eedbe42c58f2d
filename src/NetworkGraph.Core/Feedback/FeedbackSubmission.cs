using NetworkGraph.Core.Schema;

namespace NetworkGraph.Core.Feedback;

/// <summary>An item an organisation raises about a theme: what submitFeedback stores, and how a retry is recognised.</summary>
public sealed record FeedbackSubmission(string Title, string Description, NodeRecord Theme, NodeRecord RaisedBy)
{
    /// <summary>
    /// A new item's id; with an idempotency key it derives from the organisation and the key, so a
    /// retried submission finds the item the first one stored instead of storing it twice.
    /// </summary>
    public static string ItemId(string raisedBy, string? idempotencyKey, DateTimeOffset now) =>
        idempotencyKey is null ? NodeIds.New("fb", now) : NodeIds.FromKey("fb", raisedBy + "\n" + idempotencyKey);

    /// <summary>The item, SUBMITTED now, raised by the organisation and about the theme.</summary>
    /// <exception cref="ModelViolationException">The item breaks the model.</exception>
    public IReadOnlyList<GraphWrite> Plan(string id, DateTimeOffset now)
    {
        var item = new NodeRecord
        {
            Id = id,
            Label = NodeLabel.FeedbackItem,
            Properties = new Dictionary<string, object?>
            {
                ["title"] = Title,
                ["description"] = Description,
                ["status"] = ConstantCase.ToText(FeedbackStatus.Submitted),
                ["submittedAt"] = Instants.Format(now),
            },
        };
        ModelViolationException.ThrowIfInvalid(item);
        var raised = new RelationshipRecord
        {
            Type = RelationshipType.Raised,
            FromId = RaisedBy.Id,
            ToId = id,
            Properties = new Dictionary<string, object?> { ["at"] = Instants.Format(now) },
        };
        var about = new RelationshipRecord { Type = RelationshipType.About, FromId = id, ToId = Theme.Id };
        return [new CreateNode(item), new PutRelationship(raised), new PutRelationship(about)];
    }

    /// <summary>True when <paramref name="stored"/> is this submission stored before (a retry), false when the key was reused for other text.</summary>
    public bool IsStoredAs(NodeRecord stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return stored.GetString("title") == Title && stored.GetString("description") == Description;
    }
}
