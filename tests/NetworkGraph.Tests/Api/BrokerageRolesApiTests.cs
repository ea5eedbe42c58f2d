using NetworkGraph.Core.Analysis;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Support.SeedFacts;

namespace NetworkGraph.Tests.Api;

/// <summary><c>brokerageRoles</c> over HTTP on the Bilbao seed: the same counts as the analysis, and clear refusals.</summary>
public sealed class BrokerageRolesApiTests : IAsyncLifetime
{
    private const string Fields = "institution { id level } coordinator itinerant representative gatekeeper liaison total zScores { coordinator itinerant representative gatekeeper liaison total }";

    private readonly NetworkGraphApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task the_top_brokers_by_total_match_the_analysis_of_the_seed_and_someone_brokers_across_levels()
    {
        var data = await _app.QueryAsync($"{{ brokerageRoles(top: 5) {{ {Fields} }} }}");
        var expected = GraphAnalysis.Build(await _app.Store.GetSnapshotAsync(CancellationToken.None)).BrokerageRoles(null, 5, null);

        var answered = data["brokerageRoles"]!.AsArray();
        Assert.Equal(expected.Select(e => e.InstitutionId), answered.Select(a => a!["institution"]!["id"]!.GetValue<string>()));
        Assert.Equal(expected.Select(e => e.Total), answered.Select(a => a!["total"]!.GetValue<int>()));
        Assert.True(answered.Select(a => a!["total"]!.GetValue<int>()).SequenceEqual(answered.Select(a => a!["total"]!.GetValue<int>()).OrderDescending()));
        Assert.Contains(answered, a => a!["representative"]!.GetValue<int>() + a["gatekeeper"]!.GetValue<int>() + a["liaison"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task ids_answer_in_the_order_given_each_once_and_top_is_ignored_with_them()
    {
        var data = await _app.QueryAsync($$"""{ brokerageRoles(ids: ["{{Smus}}", "{{Harreragune}}", "{{Smus}}"], top: 0) { institution { id } total } }""");

        Assert.Equal([Smus, Harreragune], data["brokerageRoles"]!.AsArray().Select(a => a!["institution"]!["id"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("""{ brokerageRoles(ids: ["no-such-institution"]) { total } }""", "NOT_FOUND")]
    [InlineData("""{ brokerageRoles(ids: ["basque-network-of-networks"]) { total } }""", "NOT_FOUND")]
    [InlineData("""{ brokerageRoles(top: 0) { total } }""", "BAD_USER_INPUT")]
    [InlineData("""{ brokerageRoles(top: 101) { total } }""", "BAD_USER_INPUT")]
    [InlineData("""{ brokerageRoles(territory: "smus") { total } }""", "NOT_FOUND")]
    public async Task bad_arguments_are_clear_errors(string query, string code)
    {
        var (_, body) = await _app.PostAsync(query);

        Assert.Equal(code, body.ErrorCode());
    }

    [Fact]
    public async Task more_than_a_hundred_ids_are_refused()
    {
        var ids = string.Join(", ", Enumerable.Range(0, 101).Select(i => $"\"i{i}\""));

        var (_, body) = await _app.PostAsync($"{{ brokerageRoles(ids: [{ids}]) {{ total }} }}");

        Assert.Equal("BAD_USER_INPUT", body.ErrorCode());
        Assert.Contains("at most 100", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
