using NetworkGraph.Core.Analysis;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Support.SeedFacts;

namespace NetworkGraph.Tests.Api;

/// <summary><c>whatIf</c> over HTTP on the Bilbao seed: the analysis's answer, nothing written, clear refusals.</summary>
public sealed class WhatIfApiTests : IAsyncLifetime
{
    private readonly NetworkGraphApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task removing_smus_answers_what_the_analysis_says_and_writes_nothing()
    {
        var version = await _app.Store.GetGraphVersionAsync(CancellationToken.None);
        var expected = GraphAnalysis.Build(await _app.Store.GetSnapshotAsync(CancellationToken.None)).WhatIf([Smus], null);

        var data = await _app.QueryAsync($$"""
            { whatIf(remove: ["{{Smus}}"]) {
                lostPairs componentsBefore componentsAfter
                isolated { id }
                newGaps { theme { id } kind levels }
                cutPathways { length hops { kind from { id } to { id } description } }
                brokersAfter(top: 3) { institution { id } betweenness }
            } }
            """, token: _app.Token("reader"));

        var answer = data["whatIf"]!;
        Assert.Equal(expected.LostPairs, answer["lostPairs"]!.GetValue<int>());
        Assert.Equal((expected.ComponentsBefore, expected.ComponentsAfter), (answer["componentsBefore"]!.GetValue<int>(), answer["componentsAfter"]!.GetValue<int>()));
        Assert.Equal(expected.IsolatedIds, answer["isolated"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
        Assert.Equal(expected.NewGaps.Count, answer["newGaps"]!.AsArray().Count);
        Assert.Equal(expected.CutPathways.Count, answer["cutPathways"]!.AsArray().Count);
        Assert.All(answer["cutPathways"]!.AsArray(), p => Assert.Equal(Smus, p!["hops"]![0]!["to"]!["id"]!.GetValue<string>()));
        Assert.DoesNotContain(answer["brokersAfter"]!.AsArray(), b => b!["institution"]!["id"]!.GetValue<string>() == Smus);
        Assert.Equal(version, await _app.Store.GetGraphVersionAsync(CancellationToken.None));
        Assert.NotNull((await _app.QueryAsync($$"""{ institution(id: "{{Smus}}") { id } }"""))["institution"]);
    }

    [Fact]
    public async Task aliases_cannot_repeat_the_question_beyond_what_the_cost_limit_allows()
    {
        static string Aliased(int count) =>
            "{ " + string.Concat(Enumerable.Range(0, count).Select(i => $$"""w{{i}}: whatIf(remove: ["smus"]) { lostPairs } """)) + "}";

        var (_, nine) = await _app.PostAsync(Aliased(9), token: _app.Token("reader"));
        var (_, eleven) = await _app.PostAsync(Aliased(11), token: _app.Token("reader"));

        Assert.Null(nine["errors"]);
        var refusal = eleven["errors"]![0]!;
        Assert.Equal("LIMIT_EXCEEDED", refusal["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("GraphQL:Limits:MaxComplexity", refusal["extensions"]!["limit"]!.GetValue<string>());
    }

    [Fact]
    public async Task stranded_feedback_is_for_feedback_readers()
    {
        const string Query = """{ whatIf(remove: ["harreragune"]) { strandedFeedback { id } } }""";

        var (_, anonymous) = await _app.PostAsync(Query);
        var (_, reader) = await _app.PostAsync(Query, token: _app.Token("reader"));

        Assert.NotNull(anonymous["errors"]);
        Assert.Null(reader["errors"]);
    }

    [Theory]
    [InlineData("""{ whatIf(remove: ["no-such-id"]) { lostPairs } }""", "NOT_FOUND")]
    [InlineData("""{ whatIf(remove: ["reception"]) { lostPairs } }""", "NOT_FOUND")]
    [InlineData("""{ whatIf(remove: []) { lostPairs } }""", "BAD_USER_INPUT")]
    [InlineData("""{ whatIf(remove: ["smus"], territory: "smus") { lostPairs } }""", "NOT_FOUND")]
    public async Task bad_arguments_are_clear_errors(string query, string code)
    {
        var (_, body) = await _app.PostAsync(query);

        Assert.Equal(code, body.ErrorCode());
    }

    [Fact]
    public async Task more_than_twenty_ids_are_refused()
    {
        var ids = string.Join(", ", Enumerable.Range(0, 21).Select(i => $"\"i{i}\""));

        var (_, body) = await _app.PostAsync($"{{ whatIf(remove: [{ids}]) {{ lostPairs }} }}");

        Assert.Equal("BAD_USER_INPUT", body.ErrorCode());
        Assert.Contains("1 to 20", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
