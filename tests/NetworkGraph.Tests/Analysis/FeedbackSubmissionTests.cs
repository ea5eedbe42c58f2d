using NetworkGraph.Core.Feedback;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Analysis;

/// <summary>What submitFeedback stores, and how a retried submission is recognised.</summary>
public sealed class FeedbackSubmissionTests
{
    private static readonly DateTimeOffset _now = new(2026, 3, 2, 10, 30, 0, TimeSpan.Zero);
    private static readonly FeedbackSubmission _submission = new(
        "Waiting times", "Appointments take months.",
        new NodeRecord { Id = "reception", Label = NodeLabel.Theme },
        new NodeRecord { Id = "arrupe-etxea", Label = NodeLabel.Institution });

    [Fact]
    public void a_submission_stores_a_submitted_item_raised_by_the_organisation_and_about_the_theme()
    {
        var writes = _submission.Plan("fb-waiting-times", _now);

        var item = Assert.IsType<CreateNode>(writes[0]).Node;
        Assert.Equal((NodeLabel.FeedbackItem, "SUBMITTED", "2026-03-02T10:30:00.000+00:00"), (item.Label, item.GetString("status"), item.GetString("submittedAt")));
        Assert.Equal(("Waiting times", "Appointments take months."), (item.GetString("title"), item.GetString("description")));
        Assert.Equal(
            [(RelationshipType.Raised, "arrupe-etxea", "fb-waiting-times"), (RelationshipType.About, "fb-waiting-times", "reception")],
            writes.Skip(1).Cast<PutRelationship>().Select(p => (p.Relationship.Type, p.Relationship.FromId, p.Relationship.ToId)));
    }

    [Fact]
    public void an_idempotency_key_gives_the_same_id_for_the_same_organisation_only()
    {
        var first = FeedbackSubmission.ItemId("arrupe-etxea", "retry-42", _now);

        Assert.Equal(first, FeedbackSubmission.ItemId("arrupe-etxea", "retry-42", _now.AddMinutes(5)));
        Assert.NotEqual(first, FeedbackSubmission.ItemId("penascal-cooperative", "retry-42", _now));
        Assert.NotEqual(FeedbackSubmission.ItemId("arrupe-etxea", null, _now), FeedbackSubmission.ItemId("arrupe-etxea", null, _now));
    }

    [Fact]
    public void a_stored_item_is_the_same_submission_only_with_the_same_title_and_description()
    {
        var stored = ((CreateNode)_submission.Plan("fb-waiting-times", _now)[0]).Node;

        Assert.True(_submission.IsStoredAs(stored));
        Assert.False((_submission with { Description = "Something else." }).IsStoredAs(stored));
    }
}
