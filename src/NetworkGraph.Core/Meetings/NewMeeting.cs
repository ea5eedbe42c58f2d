using NetworkGraph.Core.Schema;

namespace NetworkGraph.Core.Meetings;

/// <summary>A meeting of a network to record, with the institutions that attended it.</summary>
public sealed record NewMeeting(
    string Title, string Date, string Summary, NodeRecord Network, IReadOnlyList<NodeRecord> Attendees, IReadOnlyList<SourceRef> Sources)
{
    public static string NewId(DateTimeOffset now) => NodeIds.New("mtg", now);

    /// <summary>The meeting, its network, and one attendance per institution.</summary>
    /// <exception cref="ModelViolationException">The meeting breaks the model.</exception>
    public IReadOnlyList<GraphWrite> Plan(string id)
    {
        var meeting = new NodeRecord
        {
            Id = id,
            Label = NodeLabel.Meeting,
            Properties = new Dictionary<string, object?> { ["title"] = Title, ["date"] = Date, ["summary"] = Summary },
            Sources = Sources,
        };
        ModelViolationException.ThrowIfInvalid(meeting);
        return
        [
            new CreateNode(meeting),
            new PutRelationship(new RelationshipRecord { Type = RelationshipType.Of, FromId = meeting.Id, ToId = Network.Id }),
            .. Attendees.Select(a => new PutRelationship(new RelationshipRecord { Type = RelationshipType.Attended, FromId = a.Id, ToId = meeting.Id })),
        ];
    }
}
