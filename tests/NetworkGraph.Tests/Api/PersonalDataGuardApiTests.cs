using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Api;

/// <summary>The firewall: personal identifiers in any free-text input reject the whole mutation, naming field and kind, never the value.</summary>
public sealed class PersonalDataGuardApiTests : IAsyncLifetime
{
    private const string Submit = "mutation($input: SubmitFeedbackInput!) { submitFeedback(input: $input) { id } }";

    private readonly NetworkGraphApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("description", "The client with DNI 12345678Z was turned away.", "12345678Z")]
    [InlineData("description", "Call her on 612 34 56 78 for details.", "612 34 56 78")]
    [InlineData("title", "Case of ana.perez@example.org", "ana.perez@example.org")]
    [InlineData("description", "Refund to ES91 2100 0418 4502 0005 1332 please.", "ES91 2100 0418 4502 0005 1332")]
    public async Task a_submission_holding_a_personal_identifier_is_rejected_and_nothing_is_stored(string field, string text, string value)
    {
        var input = new Dictionary<string, object?> { ["title"] = "A title", ["description"] = "A description.", ["themeId"] = "reception" };
        input[field] = text;
        var token = _app.Token("ngo", "arrupe-etxea");
        var before = await CountsAsync();

        var (response, body) = await _app.PostAsync(Submit, new { input }, token: token);

        var raw = response.Content.Headers.ToString() + body.ToJsonString();
        Assert.Equal("PERSONAL_DATA_REJECTED", body.ErrorCode());
        Assert.Contains($"'input.{field}'", body.ErrorMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(value, raw, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task the_refusal_lists_each_field_and_kind_so_a_page_can_explain_it_in_its_own_language()
    {
        var input = new { title = "Case of ana.perez@example.org", description = "The client with DNI 12345678Z was turned away.", themeId = "reception" };

        var (_, body) = await _app.PostAsync(Submit, new { input }, token: _app.Token("ngo", "arrupe-etxea"));

        Assert.Equal(
            """[{"field":"input.title","kind":"EMAIL"},{"field":"input.description","kind":"DNI"}]""",
            body["errors"]![0]!["extensions"]!["personalData"]!.ToJsonString());
    }

    [Fact]
    public async Task a_coordinators_note_is_checked_too()
    {
        var (_, body) = await _app.PostAsync(
            $$"""mutation { triageFeedback(input: { id: "{{MutationDocuments.Submitted}}", note: "NIE X1234567L on file" }) { id } }""",
            token: _app.Token("coordinator"));

        Assert.Equal("PERSONAL_DATA_REJECTED", body.ErrorCode());
        Assert.DoesNotContain("X1234567L", body.ToJsonString(), StringComparison.Ordinal);
    }

    private async Task<string> CountsAsync() =>
        (await _app.QueryAsync("{ feedbackItems { totalCount } auditEvents { totalCount } }", token: _app.Token("admin"))).ToJsonString();
}
