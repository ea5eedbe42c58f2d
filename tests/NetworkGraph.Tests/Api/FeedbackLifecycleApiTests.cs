using System.Net;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Api;

/// <summary>An NGO raises an item; coordinators move it through its lifecycle to a policy change and back.</summary>
public sealed class FeedbackLifecycleApiTests : IAsyncLifetime
{
    private const string Ngo = "arrupe-etxea";
    private const string Submit = """
        mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { id status version raisedBy { id } themes { id } } }
        """;

    private readonly NetworkGraphApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task an_item_travels_from_the_ngo_across_three_levels_to_a_policy_change_and_back()
    {
        var coordinator = _app.Token("coordinator");
        var item = (await _app.QueryAsync(Submit,
            new { input = new { title = "Waiting times for registration", description = "Appointments take months.", themeId = "reception" } },
            _app.Token("ngo", Ngo)))["submitFeedback"]!;
        var id = item["id"]!.GetValue<string>();
        Assert.StartsWith("fb-", id, StringComparison.Ordinal);
        Assert.Equal("SUBMITTED", item["status"]!.GetValue<string>());
        Assert.Equal(Ngo, item["raisedBy"]!["id"]!.GetValue<string>());

        await MoveAsync($$"""triageFeedback(input: { id: "{{id}}", note: "Accepted" })""", "TRIAGED", coordinator);
        await MoveAsync($$"""recordDiscussion(input: { id: "{{id}}", meetingId: "demo-meeting-bilbao-tables-2025-05" })""", "DISCUSSED", coordinator);
        await MoveAsync($$"""escalateFeedback(input: { id: "{{id}}", networkId: "irregularity-taskforce" })""", "ESCALATED", coordinator);
        await MoveAsync($$"""escalateFeedback(input: { id: "{{id}}", networkId: "basque-state-migration-working-groups" })""", "ESCALATED", coordinator);
        await MoveAsync($$"""
            resolveFeedback(input: { id: "{{id}}", policyChange: { title: "Extra appointment slots", description: "More slots.",
              adoptedAt: "2026-01-20", level: NATIONAL, adoptedBy: "state-subdelegation-bizkaia" } })
            """, "RESOLVED", coordinator);
        await MoveAsync($$"""reportBack(input: { id: "{{id}}", note: "Told at the table" })""", "REPORTED_BACK", coordinator);

        var written = await _app.Store.GetGraphVersionAsync(CancellationToken.None);
        var trace = (await _app.QueryAsync($$"""
            { feedbackTrace(id: "{{id}}", minVersion: {{written}}) { loopClosed daysToResolution levelsTraversed steps { kind actor { id } } } }
            """, token: coordinator))["feedbackTrace"]!;
        Assert.True(trace["loopClosed"]!.GetValue<bool>());
        Assert.NotNull(trace["daysToResolution"]);
        Assert.Equal(
            ["RAISED", "TRIAGED", "DISCUSSED", "ESCALATED", "ESCALATED", "RESOLVED", "REPORTED_BACK"],
            trace["steps"]!.AsArray().Select(s => s!["kind"]!.GetValue<string>()));
        Assert.True(trace["levelsTraversed"]!.AsArray().Count >= 3);
        Assert.Equal(Ngo, trace["steps"]![6]!["actor"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task an_illegal_move_is_refused_with_invalid_transition_and_changes_nothing()
    {
        const string resolved = MutationDocuments.Resolved;
        var before = await StateAsync(resolved);

        var (_, body) = await _app.PostAsync($$"""mutation { triageFeedback(input: { id: "{{resolved}}" }) { id } }""", token: _app.Token("coordinator"));

        Assert.Equal("INVALID_TRANSITION", body.ErrorCode());
        Assert.Equal("A feedback item cannot move from RESOLVED to TRIAGED; from RESOLVED it can only move to REPORTED_BACK.", body.ErrorMessage());
        Assert.Equal(before, await StateAsync(resolved));
    }

    [Fact]
    public async Task an_ngo_cannot_submit_for_another_organisation_and_nothing_is_stored()
    {
        var (response, body) = await _app.PostAsync(Submit,
            new { input = new { title = "t", description = "d", themeId = "reception", raisedBy = "penascal-cooperative" } },
            token: _app.Token("ngo", Ngo));

        Assert.Equal("FORBIDDEN", body.ErrorCode());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task a_retried_submission_with_the_same_idempotency_key_is_stored_once()
    {
        var token = _app.Token("ngo", Ngo);
        var input = new { title = "Interpreters", description = "Too few interpreters.", themeId = "reception", idempotencyKey = "retry-42" };

        var first = (await _app.QueryAsync(Submit, new { input }, token))["submitFeedback"]!;
        var second = (await _app.QueryAsync(Submit, new { input }, token))["submitFeedback"]!;
        var (_, changed) = await _app.PostAsync(Submit, new { input = input with { description = "Something else." } }, token: token);

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Equal(1, await AuditCountAsync());
        Assert.Equal("CONFLICT", changed.ErrorCode());
    }

    [Fact]
    public async Task declining_needs_a_reason()
    {
        var (_, body) = await _app.PostAsync(
            $$"""mutation { declineFeedback(input: { id: "{{MutationDocuments.Submitted}}", reason: "   " }) { id } }""", token: _app.Token("coordinator"));

        Assert.Equal("BAD_USER_INPUT", body.ErrorCode());
        Assert.Contains("'input.reason'", body.ErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_new_policy_change_that_breaks_the_model_is_refused_naming_it_and_nothing_is_stored()
    {
        var (_, body) = await _app.PostAsync($$"""
            mutation { resolveFeedback(input: { id: "{{MutationDocuments.Escalated}}", policyChange: { title: "Extra slots", description: "More slots.",
              adoptedAt: "2026-01-20", level: NATIONAL, adoptedBy: "state-subdelegation-bizkaia", sources: [{ title: "Decree", url: "not a url" }] } }) { id } }
            """, token: _app.Token("coordinator"));

        Assert.Equal("BAD_USER_INPUT", body.ErrorCode());
        Assert.Equal("'input.policyChange': sources[0].url is not an absolute URL", body.ErrorMessage());
        Assert.Equal(0, await AuditCountAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("""policyChangeId: "demo-policy-extra-legal-counselling-hours", policyChange: { title: "t", description: "d", adoptedAt: "2026-01-20", level: NATIONAL, adoptedBy: "lanbide" }""")]
    public async Task resolving_needs_exactly_one_policy_change(string choice)
    {
        var (_, body) = await _app.PostAsync(
            $$"""mutation { resolveFeedback(input: { id: "{{MutationDocuments.Escalated}}" {{choice}} }) { id } }""", token: _app.Token("coordinator"));

        Assert.Equal("BAD_USER_INPUT", body.ErrorCode());
        Assert.Equal("Give exactly one of 'input.policyChangeId' (an existing policy change) and 'input.policyChange' (a new one).", body.ErrorMessage());
        Assert.Equal(0, await AuditCountAsync());
    }

    private async Task MoveAsync(string call, string expectedStatus, string token)
    {
        var data = await _app.QueryAsync($"mutation {{ moved: {call} {{ status }} }}", token: token);
        Assert.Equal(expectedStatus, data["moved"]!["status"]!.GetValue<string>());
    }

    private async Task<string> StateAsync(string id) =>
        (await _app.QueryAsync($$"""{ feedbackItem(id: "{{id}}") { status version triagedAt } auditEvents { totalCount } }""", token: _app.Token("admin"))).ToJsonString();

    private async Task<int> AuditCountAsync() =>
        (await _app.QueryAsync("{ auditEvents { totalCount } }", token: _app.Token("admin")))["auditEvents"]!["totalCount"]!.GetValue<int>();
}
