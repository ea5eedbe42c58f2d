using System.Text.Json.Nodes;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Caching;

/// <summary>
/// Reads answered from the result cache: a repeated read is answered without the store, a write is seen by the next
/// read, and what may not be kept (answers with errors, how far the analysis has got) is executed every time.
/// </summary>
public sealed class ResultCacheTests
{
    private const string Count = "{ institutions { totalCount } }";

    /// <summary>A server that trusts the graph version it read for <paramref name="bound"/>.</summary>
    private static NetworkGraphApp App(string bound = "00:01:00", bool enabled = true) => new(settings: new Dictionary<string, string>
    {
        ["ResultCache:RemoteWriteBound"] = bound,
        ["ResultCache:Enabled"] = enabled ? "true" : "false",
    });

    /// <summary>Sends the read three times and counts the store round trips of the last: the first validates, the second is kept.</summary>
    private static async Task<(int RoundTrips, JsonNode Answer)> ThirdTimeAsync(NetworkGraphApp app, string query, string? token = null)
    {
        await app.PostAsync(query, token: token);
        await app.PostAsync(query, token: token);
        app.Store.Reset();
        var (_, answer) = await app.PostAsync(query, token: token);
        return (app.Store.RoundTrips, answer);
    }

    private static async Task<int> TotalAsync(NetworkGraphApp app) =>
        (await app.QueryAsync(Count))["institutions"]!["totalCount"]!.GetValue<int>();

    [Fact]
    public async Task a_repeated_read_is_answered_without_reading_the_store_and_with_the_same_bytes()
    {
        await using var app = App();
        var (_, first) = await app.PostAsync(Count);

        var (roundTrips, third) = await ThirdTimeAsync(app, Count);

        Assert.Equal(0, roundTrips);
        Assert.Equal(first.ToJsonString(), third.ToJsonString());
    }

    [Fact]
    public async Task the_cache_is_off_with_one_setting()
    {
        await using var app = App(enabled: false);

        var (roundTrips, _) = await ThirdTimeAsync(app, Count);

        Assert.True(roundTrips > 0);
    }

    [Fact]
    public async Task a_write_made_here_is_seen_by_the_very_next_read()
    {
        await using var app = App();
        var before = (await ThirdTimeAsync(app, Count)).Answer["data"]!["institutions"]!["totalCount"]!.GetValue<int>();

        await app.QueryAsync(
            """mutation { createInstitution(input: { name: "Cache Test Association", kind: NGO, level: MUNICIPAL, description: "A test." }) { id } }""",
            token: app.Token("coordinator"));

        Assert.Equal(before + 1, await TotalAsync(app));
    }

    [Fact]
    public async Task a_write_by_another_instance_is_seen_once_the_bound_has_passed()
    {
        await using var app = App(bound: "00:00:00.100");
        var before = (await ThirdTimeAsync(app, Count)).Answer["data"]!["institutions"]!["totalCount"]!.GetValue<int>();

        // Written beneath this instance's own writes, as another instance's write reaches the shared store.
        await new GraphBuilder().Institution("written-elsewhere", "Written Elsewhere").WriteToAsync(app.Store);
        await Task.Delay(TimeSpan.FromMilliseconds(250));

        Assert.Equal(before + 1, await TotalAsync(app));
    }

    [Fact]
    public async Task an_answer_with_errors_is_executed_every_time()
    {
        await using var app = App();

        var (roundTrips, answer) = await ThirdTimeAsync(app, """{ feedbackTrace(id: "no-such-item") { loopClosed } }""", app.Token("reader"));

        Assert.Equal("NOT_FOUND", answer["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.True(roundTrips > 0);
    }

    [Fact]
    public async Task a_read_that_asks_how_far_the_analysis_has_got_is_executed_every_time()
    {
        await using var app = App();

        var (roundTrips, _) = await ThirdTimeAsync(app, "{ analysis { graphVersion building } institutions { totalCount } }");

        Assert.True(roundTrips > 0);
    }

    [Fact]
    public async Task an_ngo_never_gets_an_answer_kept_for_another_organisation()
    {
        await using var app = App();
        const string items = "{ feedbackItems(first: 100) { nodes { raisedBy { id } } } }";
        await ThirdTimeAsync(app, items, app.Token("ngo", "arrupe-etxea"));

        var (_, other) = await ThirdTimeAsync(app, items, app.Token("ngo", "caritas-bizkaia"));

        var raisers = other["data"]!["feedbackItems"]!["nodes"]!.AsArray().Select(i => i!["raisedBy"]!["id"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(raisers);
        Assert.All(raisers, raiser => Assert.Equal("caritas-bizkaia", raiser));
    }

    [Fact]
    public async Task an_answer_kept_while_the_analysis_trailed_a_write_is_not_given_once_it_has_caught_up()
    {
        HeldSnapshots? held = null;
        await using var app = new NetworkGraphApp(
            settings: new Dictionary<string, string> { ["ResultCache:RemoteWriteBound"] = "00:01:00" }, wrapStore: inner => held = new HeldSnapshots(inner));
        const string dashboard = "{ dashboard { institutions } }";
        var before = (await ThirdTimeAsync(app, dashboard)).Answer["data"]!["dashboard"]!["institutions"]!.GetValue<int>();
        held!.Hold();
        await app.QueryAsync(
            """mutation { createInstitution(input: { name: "Cache Test Association", kind: NGO, level: MUNICIPAL, description: "A test." }) { id } }""",
            token: app.Token("coordinator"));

        var trailing = (await ThirdTimeAsync(app, dashboard)).Answer["data"]!["dashboard"]!["institutions"]!.GetValue<int>();
        held.Release();
        await app.AnalysisCaughtUpAsync();

        Assert.Equal(before, trailing);
        Assert.Equal(before + 1, (await app.QueryAsync(dashboard))["dashboard"]!["institutions"]!.GetValue<int>());
    }

    [Fact]
    public async Task reads_with_other_variables_get_answers_of_their_own()
    {
        await using var app = App();
        const string page = "query($first: Int!) { institutions(first: $first) { nodes { id } } }";
        async Task<int> CountAsync(object variables) => (await app.QueryAsync(page, variables))["institutions"]!["nodes"]!.AsArray().Count;

        var counts = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            counts.Add(await CountAsync(new { first = 1 }));
            counts.Add(await CountAsync(new { first = 2 }));
        }

        Assert.Equal([1, 2, 1, 2, 1, 2], counts);
    }

    [Fact]
    public async Task a_get_is_answered_from_the_cache_with_the_bytes_a_post_gets()
    {
        await using var app = App();
        using var client = app.CreateClient();
        async Task<string> GetAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7Binstitutions%7BtotalCount%7D%7D");
            request.Headers.Add("GraphQL-Require-Preflight", "1");
            using var response = await client.SendAsync(request);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }
        await GetAsync();
        await GetAsync();
        app.Store.Reset();

        var third = await GetAsync();

        Assert.Equal(0, app.Store.RoundTrips);
        Assert.Equal((await app.PostAsync(Count)).Body.ToJsonString(), third);
    }
}
