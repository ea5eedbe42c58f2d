using NetworkGraph.Core.Feedback;
using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Schema;

namespace NetworkGraph.Tests.Analysis;

/// <summary>The writes of each lifecycle move, planned from the item as read: no store, no clock, no mocks.</summary>
public sealed class FeedbackMovesTests
{
    private static readonly DateTimeOffset _now = new(2026, 3, 2, 10, 30, 0, TimeSpan.Zero);
    private const string At = "2026-03-02T10:30:00.000+00:00";

    private static readonly NodeRecord _meeting = Node("bilbao-table-march", NodeLabel.Meeting);
    private static readonly NodeRecord _network = Node("irregularity-taskforce", NodeLabel.Network);
    private static readonly NodeRecord _institution = Node("arrupe-etxea", NodeLabel.Institution);
    private static readonly NodeRecord _policyChange = Node("extra-appointment-slots", NodeLabel.PolicyChange);

    [Fact]
    public void triage_updates_the_item_at_the_version_read_with_its_status_time_and_note_and_keeps_the_rest()
    {
        var item = Item(FeedbackStatus.Submitted, version: 4);

        var writes = FeedbackMoves.Plan(item, new FeedbackMove.Triage("Accepted"), _now);

        var update = Assert.IsType<UpdateNode>(Assert.Single(writes));
        Assert.Equal((item.Id, 4L), (update.Id, update.ExpectedVersion));
        Assert.Equal("TRIAGED", update.Properties["status"]);
        Assert.Equal(At, update.Properties["triagedAt"]);
        Assert.Equal("Accepted", update.Properties["triageNote"]);
        Assert.Equal("Waiting times", update.Properties["title"]);
        Assert.Same(item.Sources, update.Sources);
    }

    [Fact]
    public void a_move_without_a_note_stores_no_note()
    {
        var writes = FeedbackMoves.Plan(Item(FeedbackStatus.Submitted), new FeedbackMove.Triage(null), _now);
        var escalation = FeedbackMoves.Plan(Item(FeedbackStatus.Discussed), new FeedbackMove.Escalate(_network, null), _now);

        Assert.False(((UpdateNode)writes[0]).Properties.ContainsKey("triageNote"));
        Assert.Equal(["at"], Step(escalation).Properties.Keys);
    }

    public static TheoryData<FeedbackStatus, FeedbackMove, RelationshipType, string, string> StepMoves() => new()
    {
        { FeedbackStatus.Triaged, new FeedbackMove.RecordDiscussion(_meeting, "At the table"), RelationshipType.DiscussedAt, _meeting.Id, "At the table" },
        { FeedbackStatus.Discussed, new FeedbackMove.Escalate(_network, "To the taskforce"), RelationshipType.EscalatedTo, _network.Id, "To the taskforce" },
        { FeedbackStatus.Escalated, new FeedbackMove.Resolve(new PolicyChangeOutcome.Existing(_policyChange), "Adopted"), RelationshipType.ResultedIn, _policyChange.Id, "Adopted" },
        { FeedbackStatus.Resolved, new FeedbackMove.ReportBack(_institution, "Told at the table"), RelationshipType.ReportedBackTo, _institution.Id, "Told at the table" },
    };

    [Theory]
    [MemberData(nameof(StepMoves))]
    public void a_move_that_reaches_a_node_writes_the_new_status_then_a_dated_step_to_it_with_the_note(
        FeedbackStatus from, FeedbackMove move, RelationshipType type, string targetId, string note)
    {
        var item = Item(from);

        var writes = FeedbackMoves.Plan(item, move, _now);

        Assert.Equal(2, writes.Count);
        Assert.Equal(ConstantCase.ToText(move.To), ((UpdateNode)writes[0]).Properties["status"]);
        var step = Step(writes);
        Assert.Equal((type, item.Id, targetId), (step.Type, step.FromId, step.ToId));
        Assert.Equal(At, step.Properties["at"]);
        Assert.Equal(note, step.Properties["note"]);
    }

    [Fact]
    public void resolving_with_a_new_policy_change_creates_it_adopted_by_the_institution_and_links_the_item_to_it()
    {
        var item = Item(FeedbackStatus.Escalated);
        var proposed = new PolicyChangeOutcome.New("Extra slots", "More slots.", "2026-01-20", GovernanceLevel.National, _institution, [new("Decree", null, null)]);

        var writes = FeedbackMoves.Plan(item, new FeedbackMove.Resolve(proposed, null), _now);

        Assert.Equal([typeof(UpdateNode), typeof(CreateNode), typeof(PutRelationship), typeof(PutRelationship)], writes.Select(w => w.GetType()));
        var change = ((CreateNode)writes[1]).Node;
        Assert.StartsWith("pc-", change.Id, StringComparison.Ordinal);
        Assert.Equal(NodeLabel.PolicyChange, change.Label);
        Assert.Equal("NATIONAL", change.Properties["level"]);
        Assert.Equal(proposed.Sources, change.Sources);
        var adoption = ((PutRelationship)writes[2]).Relationship;
        Assert.Equal((RelationshipType.Adopted, _institution.Id, change.Id, "2026-01-20"), (adoption.Type, adoption.FromId, adoption.ToId, adoption.GetString("at")));
        Assert.Equal((RelationshipType.ResultedIn, item.Id, change.Id), (Step(writes).Type, Step(writes).FromId, Step(writes).ToId));
    }

    [Fact]
    public void a_new_policy_change_that_breaks_the_model_is_refused_naming_where_it_came_from()
    {
        var proposed = new PolicyChangeOutcome.New("Extra slots", "More slots.", "2026-01-20", GovernanceLevel.National, _institution, [new("Decree", "not a url", null)]);

        var error = Assert.Throws<ModelViolationException>(
            () => FeedbackMoves.Plan(Item(FeedbackStatus.Escalated), new FeedbackMove.Resolve(proposed, null), _now));

        Assert.Equal("'input.policyChange': sources[0].url is not an absolute URL", error.Message);
    }

    [Fact]
    public void declining_records_when_and_why()
    {
        var update = (UpdateNode)Assert.Single(FeedbackMoves.Plan(Item(FeedbackStatus.Discussed), new FeedbackMove.Decline("Out of scope"), _now));

        Assert.Equal(("DECLINED", At, "Out of scope"), (update.Properties["status"], update.Properties["declinedAt"], update.Properties["declineReason"]));
    }

    [Fact]
    public void an_illegal_move_plans_nothing_and_says_where_the_item_can_go()
    {
        var error = Assert.Throws<InvalidTransitionException>(
            () => FeedbackMoves.Plan(Item(FeedbackStatus.Resolved), new FeedbackMove.Triage(null), _now));

        Assert.Equal("A feedback item cannot move from RESOLVED to TRIAGED; from RESOLVED it can only move to REPORTED_BACK.", error.Message);
    }

    [Fact]
    public void an_item_stored_without_a_status_moves_as_a_submitted_one()
    {
        var item = Item(FeedbackStatus.Submitted) with { Properties = new Dictionary<string, object?> { ["title"] = "Waiting times" } };

        Assert.Single(FeedbackMoves.Plan(item, new FeedbackMove.Triage(null), _now));
        Assert.Throws<InvalidTransitionException>(() => FeedbackMoves.Plan(item, new FeedbackMove.Escalate(_network, null), _now));
    }

    private static RelationshipRecord Step(IReadOnlyList<GraphWrite> writes) => ((PutRelationship)writes[^1]).Relationship;

    private static NodeRecord Item(FeedbackStatus status, long version = 1) => new()
    {
        Id = "fb-waiting-times",
        Label = NodeLabel.FeedbackItem,
        Version = version,
        Properties = new Dictionary<string, object?>
        {
            ["title"] = "Waiting times",
            ["description"] = "Appointments take months.",
            ["status"] = ConstantCase.ToText(status),
            ["submittedAt"] = "2026-01-05T09:00:00.000+00:00",
        },
        Sources = [new("Intake form", null, null)],
    };

    private static NodeRecord Node(string id, NodeLabel label) => new() { Id = id, Label = label };
}
