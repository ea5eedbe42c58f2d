using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Analysis;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Support.SeedFacts;

namespace NetworkGraph.Tests.Api;

/// <summary>The graph questions over HTTP, on the Bilbao seed, with their evidence and their refusals.</summary>
public sealed class GraphQuestionsApiTests : IAsyncLifetime
{
    private readonly NetworkGraphApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task harreragunes_direct_partners_include_smus_and_lanbide_with_referral_evidence()
    {
        var data = await _app.QueryAsync($$"""
            { coordination(institutionId: "{{Harreragune}}") { distance institution { id } evidence { kind from { id } to { id } description } } }
            """);

        var partners = data["coordination"]!.AsArray();
        foreach (var partner in new[] { Smus, Lanbide })
        {
            var link = partners.Single(p => p!["institution"]!["id"]!.GetValue<string>() == partner)!;
            Assert.Equal(1, link["distance"]!.GetValue<int>());
            Assert.Contains(link["evidence"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "REFERRAL");
        }
    }

    [Fact]
    public async Task the_gaps_show_return_counselling_run_centrally_without_local_interaction()
    {
        var data = await _app.QueryAsync($$"""
            { coverageGaps(themes: ["{{ReturnCounselling}}"], minSeverity: HIGH) { kind levels severity explanation institutions { id } } }
            """);

        var gap = Assert.Single(data["coverageGaps"]!.AsArray(), g => g!["kind"]!.GetValue<string>() == "DISCONNECTED_LEVELS")!;
        Assert.Equal("""["MUNICIPAL","NATIONAL"]""", gap["levels"]!.ToJsonString());
        Assert.NotEmpty(gap["explanation"]!.GetValue<string>());
    }

    [Fact]
    public async Task path_matrix_brokers_and_dashboard_answer_from_the_seed()
    {
        var data = await _app.QueryAsync($$"""
            { path(from: "{{Smus}}", to: "{{Lanbide}}") { length hops { kind from { id } to { id } } }
              coordinationMatrix { eiIndex cells { from to links } byLevel { level eiIndex } }
              brokers(top: 3) { institution { id } betweenness degree articulationPoint }
              dashboard { institutions feedbackByStatus { key count } gapsBySeverity { key count } closedLoopShare } }
            """);

        Assert.Equal(2, data["path"]!["length"]!.GetValue<int>());
        Assert.Equal(21, data["coordinationMatrix"]!["cells"]!.AsArray().Count);
        Assert.Equal(3, data["brokers"]!.AsArray().Count);
        Assert.Equal(7, data["dashboard"]!["feedbackByStatus"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("""{ coordination(institutionId: "harreragune", depth: 5) { distance } }""", "BAD_USER_INPUT")]
    [InlineData("""{ coordination(institutionId: "harreragune", depth: 0) { distance } }""", "BAD_USER_INPUT")]
    [InlineData("""{ coordination(institutionId: "atlantis") { distance } }""", "NOT_FOUND")]
    [InlineData("""{ coordination(institutionId: "harreragune-coordination") { distance } }""", "NOT_FOUND")]
    [InlineData("""{ coverageGaps(themes: ["astrology"]) { kind } }""", "NOT_FOUND")]
    [InlineData("""{ path(from: "smus", to: "atlantis") { length } }""", "NOT_FOUND")]
    [InlineData("""{ brokers(top: 0) { degree } }""", "BAD_USER_INPUT")]
    public async Task bad_input_to_a_graph_question_is_a_coded_error_not_a_crash(string query, string code)
    {
        var (_, body) = await _app.PostAsync(query);

        Assert.Equal(code, body.ErrorCode());
    }

    [Fact]
    public async Task questions_answer_from_the_published_analysis_and_a_write_is_analysed_once_off_the_request_path()
    {
        const string question = """{ coordination(institutionId: "smus") { institution { id } } }""";
        var builder = _app.Services.GetRequiredService<AnalysisBuilder>();
        await _app.QueryAsync(question);
        var (snapshotsAfterFirst, buildsAfterFirst) = (_app.Store.Snapshots, builder.Builds);

        await _app.QueryAsync(question);
        await _app.QueryAsync(question);
        Assert.Equal((snapshotsAfterFirst, buildsAfterFirst), (_app.Store.Snapshots, builder.Builds));

        var (_, written) = await _app.PostAsync(
            """mutation { putReferral(input: { fromId: "smus", toId: "ikuspegi" }) { id } }""", token: _app.Token("coordinator"));
        var version = written["extensions"]!["graphVersion"]!.GetValue<long>();
        var after = await _app.QueryAsync(
            $$"""{ coordination(institutionId: "smus", minVersion: {{version}}) { institution { id } } analysis { analysedVersion graphVersion } }""");

        Assert.Contains(after["coordination"]!.AsArray(), c => c!["institution"]!["id"]!.GetValue<string>() == "ikuspegi");
        Assert.True(after["analysis"]!["analysedVersion"]!.GetValue<long>() >= version);
        // One build for the one write, on the last snapshot patched with what the write touched: no whole-graph read.
        Assert.Equal((snapshotsAfterFirst, buildsAfterFirst + 1), (_app.Store.Snapshots, builder.Builds));
    }
}
