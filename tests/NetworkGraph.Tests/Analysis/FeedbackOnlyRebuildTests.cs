using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Analysis;
using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Feedback;
using NetworkGraph.Core.Graph;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Analysis;

/// <summary>
/// After changes that only moved feedback, an analysis that takes the coordination graph, brokers and gaps over from
/// the one before answers every graph question exactly as one built from scratch.
/// </summary>
public sealed class FeedbackOnlyRebuildTests : IAsyncLifetime
{
    private static readonly CancellationToken _ct = CancellationToken.None;
    private readonly NetworkGraphApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<string> MutateAsync(string mutation, string role, string? org = null)
    {
        var data = await _app.QueryAsync(mutation, token: _app.Token(role, org));
        return data.AsObject().Single().Value!["id"]!.GetValue<string>();
    }

    /// <summary>Every lifecycle operation once: a submission, then each move, and a second item declined.</summary>
    private async Task<string> MoveFeedbackAsync()
    {
        const string Submit = """mutation { submitFeedback(input: { title: "Evening hours", description: "Working families cannot come in the morning.", themeId: "reception" }) { id } }""";
        var item = await MutateAsync(Submit, "ngo", "arrupe-etxea");
        await MutateAsync($$"""mutation { triageFeedback(input: { id: "{{item}}" }) { id } }""", "coordinator");
        await MutateAsync($$"""mutation { recordDiscussion(input: { id: "{{item}}", meetingId: "sfw-exchange-visit-bilbao-2025" }) { id } }""", "coordinator");
        await MutateAsync($$"""mutation { escalateFeedback(input: { id: "{{item}}", networkId: "youth-inclusion-taskforce" }) { id } }""", "coordinator");
        await MutateAsync($$"""mutation { resolveFeedback(input: { id: "{{item}}", policyChangeId: "demo-policy-extra-legal-counselling-hours" }) { id } }""", "coordinator");
        await MutateAsync($$"""mutation { reportBack(input: { id: "{{item}}" }) { id } }""", "coordinator");
        var declined = await MutateAsync(Submit.Replace("Evening hours", "Weekend hours", StringComparison.Ordinal), "ngo", "caritas-bizkaia");
        await MutateAsync($$"""mutation { declineFeedback(input: { id: "{{declined}}", reason: "Out of scope" }) { id } }""", "coordinator");
        return item;
    }

    private static string Answers(GraphAnalysis analysis, string item) => JsonSerializer.Serialize(new object?[]
    {
        analysis.Brokers(100, null),
        analysis.Brokers(100, [LinkKind.Referral]),
        analysis.CoverageGaps(null, null, null),
        analysis.Coordination(SeedFacts.Harreragune, 3, null),
        analysis.Path(SeedFacts.Smus, SeedFacts.Lanbide, null, 6),
        analysis.CoordinationMatrix(null),
        analysis.Dashboard(),
        analysis.FeedbackTrace(item),
    });

    [Fact]
    public async Task an_analysis_that_keeps_the_coordination_graph_answers_as_a_full_build()
    {
        var before = GraphAnalysis.Build(await _app.Store.GetSnapshotAsync(_ct));
        _ = before.Brokers(10, null); // computed before, taken over after

        var item = await MoveFeedbackAsync();
        var after = await _app.Store.GetSnapshotAsync(_ct);
        var changes = await _app.Store.GetChangesAsync(before.Version, ChangeFeed.MaxLimit, _ct);

        Assert.True(FeedbackOperations.OnlyFeedbackBetween(changes, before.Version, after.Version));
        Assert.Equal(Answers(GraphAnalysis.Build(after), item), Answers(GraphAnalysis.BuildAfterFeedback(after, before), item));
    }

    [Fact]
    public async Task a_change_to_an_institution_among_feedback_moves_means_a_full_build()
    {
        var before = await _app.Store.GetGraphVersionAsync(_ct);
        await MoveFeedbackAsync();
        await MutateAsync("""mutation { createInstitution(input: { name: "Test Association", kind: NGO, level: MUNICIPAL, description: "A test." }) { id } }""", "coordinator");
        var after = await _app.Store.GetGraphVersionAsync(_ct);

        var changes = await _app.Store.GetChangesAsync(before, ChangeFeed.MaxLimit, _ct);

        Assert.False(FeedbackOperations.OnlyFeedbackBetween(changes, before, after));
        Assert.False(FeedbackOperations.OnlyFeedbackBetween(changes, before, after + 1), "a version without its audit event is not known to be feedback");
    }

    [Fact]
    public async Task the_service_keeps_its_coordination_graph_across_feedback_moves_and_rebuilds_it_after_other_writes()
    {
        var builder = _app.Services.GetRequiredService<AnalysisBuilder>();
        await _app.QueryAsync("{ brokers(top: 3) { institution { id } } }");
        var keptBefore = builder.KeptCoordination;

        await MoveFeedbackAsync();
        var moved = await _app.Store.GetGraphVersionAsync(_ct);
        var dashboard = await _app.QueryAsync($"{{ dashboard(minVersion: {moved}) {{ feedbackItems }} brokers(top: 3, minVersion: {moved}) {{ institution {{ id }} }} }}");
        var keptAfterMoves = builder.KeptCoordination;
        Assert.True(keptAfterMoves > keptBefore, "the feedback moves were analysed without rebuilding the coordination graph");

        await MutateAsync("""mutation { createInstitution(input: { name: "Test Association", kind: NGO, level: MUNICIPAL, description: "A test." }) { id } }""", "coordinator");
        var created = await _app.Store.GetGraphVersionAsync(_ct);
        await _app.QueryAsync($"{{ brokers(top: 3, minVersion: {created}) {{ institution {{ id }} }} }}");
        Assert.Equal(keptAfterMoves, builder.KeptCoordination);
        Assert.True(dashboard["dashboard"]!["feedbackItems"]!.GetValue<int>() > 0);
    }
}
