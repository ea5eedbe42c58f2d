using System.Net;
using System.Text.Json.Nodes;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Api;

/// <summary>Readers and coordinators see every feedback item; an NGO sees its own organisation's; anonymous callers see none.</summary>
public sealed class FeedbackVisibilityTests : IAsyncLifetime
{
    private const string ArrupeEtxea = "arrupe-etxea";
    private const string AllItems = "{ feedbackItems(first: 100) { totalCount nodes { id raisedBy { id } } } }";

    private readonly NetworkGraphApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task an_anonymous_caller_cannot_read_feedback_items()
    {
        var (response, body) = await _app.PostAsync(AllItems);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("UNAUTHENTICATED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task an_anonymous_caller_cannot_reach_feedback_through_an_institution_or_an_inline_fragment()
    {
        var (viaInstitution, _) = await _app.PostAsync($$"""{ institution(id: "{{ArrupeEtxea}}") { raisedFeedback { title } } }""");
        var (viaFragment, _) = await _app.PostAsync("""{ search(text: "demo") { id ... on FeedbackItem { title } } }""");

        Assert.Equal(HttpStatusCode.Unauthorized, viaInstitution.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, viaFragment.StatusCode);
    }

    [Fact]
    public async Task search_and_node_hide_feedback_items_from_anonymous_callers()
    {
        var data = await _app.QueryAsync("""{ search(text: "demo-fb", first: 100) { __typename id } node(id: "demo-fb-regularisation-appointment-waits") { id } }""");

        Assert.DoesNotContain(data["search"]!.AsArray(), n => n!["__typename"]!.GetValue<string>() == "FeedbackItem");
        Assert.Null(data["node"]);
    }

    [Fact]
    public async Task two_ngos_sending_the_same_query_each_see_only_their_own_items_when_the_validation_is_recalled()
    {
        // The same text and variables three times: the second and third requests reuse the validation of the first
        // for the ngo profile; rows are still decided per caller when the fields resolve.
        const string query = "query OwnItems($first: Int) { feedbackItems(first: $first) { totalCount nodes { raisedBy { id } } } }";
        var answers = new List<JsonNode>();
        foreach (var org in new[] { ArrupeEtxea, "caritas-bizkaia", ArrupeEtxea })
        {
            answers.Add(await _app.QueryAsync(query, new { first = 100 }, token: _app.Token("ngo", org)));
        }

        Assert.All(answers[0]["feedbackItems"]!["nodes"]!.AsArray(), i => Assert.Equal(ArrupeEtxea, i!["raisedBy"]!["id"]!.GetValue<string>()));
        Assert.All(answers[1]["feedbackItems"]!["nodes"]!.AsArray(), i => Assert.Equal("caritas-bizkaia", i!["raisedBy"]!["id"]!.GetValue<string>()));
        Assert.NotEmpty(answers[1]["feedbackItems"]!["nodes"]!.AsArray());
        Assert.Equal(answers[0].ToJsonString(), answers[2].ToJsonString());
    }

    [Fact]
    public async Task a_reader_sees_every_feedback_item()
    {
        var data = await _app.QueryAsync(AllItems, token: _app.Token("reader"));

        var items = data["feedbackItems"]!["nodes"]!.AsArray();
        Assert.True(items.Select(i => i!["raisedBy"]!["id"]!.GetValue<string>()).Distinct().Count() > 1);
        Assert.Equal(data["feedbackItems"]!["totalCount"]!.GetValue<int>(), items.Count);
    }

    [Fact]
    public async Task an_ngo_sees_only_its_own_organisations_items_wherever_it_looks()
    {
        var token = _app.Token("ngo", ArrupeEtxea);
        var reader = await _app.QueryAsync(AllItems, token: _app.Token("reader"));
        var othersItem = reader["feedbackItems"]!["nodes"]!.AsArray()
            .First(i => i!["raisedBy"]!["id"]!.GetValue<string>() != ArrupeEtxea)!["id"]!.GetValue<string>();

        var own = await _app.QueryAsync(AllItems, token: token);
        var (_, direct) = await _app.PostAsync($$"""{ feedbackItem(id: "{{othersItem}}") { title } }""", token: token);
        var (_, trace) = await _app.PostAsync($$"""{ feedbackTrace(id: "{{othersItem}}") { loopClosed } }""", token: token);
        var viaThemes = await _app.QueryAsync("{ themes(first: 100) { nodes { feedbackItems { raisedBy { id } } } } }", token: token);

        var items = own["feedbackItems"]!["nodes"]!.AsArray();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal(ArrupeEtxea, i!["raisedBy"]!["id"]!.GetValue<string>()));
        Assert.Equal(items.Count, own["feedbackItems"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("NOT_FOUND", direct["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", trace["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.All(
            viaThemes["themes"]!["nodes"]!.AsArray().SelectMany(t => t!["feedbackItems"]!.AsArray()),
            i => Assert.Equal(ArrupeEtxea, i!["raisedBy"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task an_ngo_request_that_meets_no_feedback_item_never_reads_the_ngos_own_items()
    {
        const string query = "{ institution(id: \"harreragune\") { name memberships { network { name members { institution { name } } } } } }";

        var forReader = await RoundTripsAsync(query, _app.Token("reader"));
        var forNgo = await RoundTripsAsync(query, _app.Token("ngo", ArrupeEtxea));

        Assert.Equal(forReader, forNgo);
    }

    [Fact]
    public async Task an_ngo_request_reads_the_ngos_own_items_once_however_many_feedback_items_it_meets()
    {
        const string query = "{ feedbackItems(first: 100) { nodes { id } } themes(first: 100) { nodes { feedbackItems { id } } } }";

        var forReader = await RoundTripsAsync(query, _app.Token("reader"));
        var forNgo = await RoundTripsAsync(query, _app.Token("ngo", ArrupeEtxea));

        Assert.Equal(forReader + 1, forNgo);
    }

    private async Task<int> RoundTripsAsync(string query, string token)
    {
        _app.Store.Reset();
        await _app.QueryAsync(query, token: token);
        return _app.Store.RoundTrips;
    }
}
