using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Meetings;
using NetworkGraph.Core.Schema;

namespace NetworkGraph.Tests.Analysis;

/// <summary>What recordMeeting stores: the meeting, the network it belongs to, and who attended.</summary>
public sealed class NewMeetingTests
{
    private static readonly NewMeeting _meeting = new(
        "Monthly round", "2026-01-15", "Roadmap review",
        new NodeRecord { Id = "harreragune-coordination", Label = NodeLabel.Network },
        [new NodeRecord { Id = "harreragune", Label = NodeLabel.Institution }, new NodeRecord { Id = "smus", Label = NodeLabel.Institution }],
        []);

    [Fact]
    public void a_meeting_is_created_of_its_network_with_one_attendance_per_institution()
    {
        var writes = _meeting.Plan("mtg-monthly-round");

        var meeting = Assert.IsType<CreateNode>(writes[0]).Node;
        Assert.Equal((NodeLabel.Meeting, "2026-01-15"), (meeting.Label, meeting.GetString("date")));
        Assert.Equal(
            [
                (RelationshipType.Of, "mtg-monthly-round", "harreragune-coordination"),
                (RelationshipType.Attended, "harreragune", "mtg-monthly-round"),
                (RelationshipType.Attended, "smus", "mtg-monthly-round"),
            ],
            writes.Skip(1).Cast<PutRelationship>().Select(p => (p.Relationship.Type, p.Relationship.FromId, p.Relationship.ToId)));
    }

    [Fact]
    public void a_meeting_that_breaks_the_model_is_refused_with_every_problem()
    {
        var error = Assert.Throws<ModelViolationException>(() => (_meeting with { Date = "15/01/2026" }).Plan("mtg-monthly-round"));

        Assert.StartsWith("'input': property 'date'", error.Message, StringComparison.Ordinal);
    }
}
