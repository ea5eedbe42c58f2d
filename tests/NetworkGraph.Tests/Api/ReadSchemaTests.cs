using System.Text.Json.Nodes;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Support.SeedFacts;

namespace NetworkGraph.Tests.Api;

/// <summary>The read schema answers from the Bilbao seed, with relationships in both directions.</summary>
public sealed class ReadSchemaTests : IAsyncLifetime
{
    private readonly NetworkGraphApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task harreragune_answers_with_its_level_and_memberships_from_the_seed()
    {
        var data = await _app.QueryAsync($$"""{ institution(id: "{{Harreragune}}") { name level memberships { role network { id name } } } }""");

        var institution = data["institution"]!;
        Assert.Equal(HarreraguneName, institution["name"]!.GetValue<string>());
        Assert.Equal("MUNICIPAL", institution["level"]!.GetValue<string>());
        Assert.Contains(institution["memberships"]!.AsArray(), m => m!["network"]!["id"]!.GetValue<string>() == HarreraguneCoordination);
    }

    [Fact]
    public async Task the_referral_pathway_runs_from_smus_through_harreragune_to_lanbide()
    {
        var data = await _app.QueryAsync($$"""
            { institution(id: "{{Smus}}") { referralsOut { to { id referralsOut { to { id } } referralsIn { from { id } } } } } }
            """);

        var toHarreragune = data["institution"]!["referralsOut"]!.AsArray().Single(r => r!["to"]!["id"]!.GetValue<string>() == Harreragune)!;
        Assert.Contains(toHarreragune["to"]!["referralsOut"]!.AsArray(), r => r!["to"]!["id"]!.GetValue<string>() == Lanbide);
        Assert.Contains(toHarreragune["to"]!["referralsIn"]!.AsArray(), r => r!["from"]!["id"]!.GetValue<string>() == Smus);
    }

    [Fact]
    public async Task the_network_of_networks_lists_its_sub_networks_and_each_names_its_parent()
    {
        var data = await _app.QueryAsync($$"""
            { network(id: "{{BasqueNetworkOfNetworks}}") { kind subNetworks { id parentNetworks { id } } } }
            """);

        var network = data["network"]!;
        Assert.Equal("NETWORK_OF_NETWORKS", network["kind"]!.GetValue<string>());
        var subNetworks = network["subNetworks"]!.AsArray();
        Assert.Contains(subNetworks, n => n!["id"]!.GetValue<string>() == InterInstitutionalCommission);
        Assert.All(subNetworks, n => Assert.Contains(n!["parentNetworks"]!.AsArray(), p => p!["id"]!.GetValue<string>() == BasqueNetworkOfNetworks));
    }

    [Fact]
    public async Task every_seeded_institution_carries_its_sources()
    {
        var data = await _app.QueryAsync("{ institutions(first: 100) { totalCount nodes { id sources { title } } } }");

        var nodes = data["institutions"]!["nodes"]!.AsArray();
        Assert.Equal(data["institutions"]!["totalCount"]!.GetValue<int>(), nodes.Count);
        Assert.All(nodes, n => Assert.NotEmpty(n!["sources"]!.AsArray()));
    }

    [Fact]
    public async Task name_contains_ignores_case_and_accents()
    {
        var data = await _app.QueryAsync("""{ institutions(where: { nameContains: "PENASCAL" }) { nodes { id name } } }""");

        var found = Assert.Single(data["institutions"]!["nodes"]!.AsArray())!;
        Assert.Equal(PenascalName, found["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task where_filters_combine_levels_and_themes()
    {
        var data = await _app.QueryAsync($$"""
            { institutions(first: 100, where: { levels: [NATIONAL], themes: ["{{ReturnCounselling}}"] }) { nodes { id level } } }
            """);

        var nodes = data["institutions"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Equal("NATIONAL", n!["level"]!.GetValue<string>()));
    }

    [Fact]
    public async Task pages_follow_each_other_through_end_cursors_without_repeats_or_gaps()
    {
        var all = await _app.QueryAsync("{ institutions(first: 100) { nodes { id } } }");
        var expected = all["institutions"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = (await _app.QueryAsync(
                "query($after: String) { institutions(first: 7, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }",
                new { after }))["institutions"]!;
            seen.AddRange(page["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task first_above_one_hundred_is_bad_user_input()
    {
        var (_, body) = await _app.PostAsync("{ institutions(first: 1000) { nodes { id } } }");

        Assert.Equal("BAD_USER_INPUT", Code(body));
        Assert.Equal("'first' must be between 1 and 100; it was 1000.", body["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_forged_cursor_is_bad_user_input()
    {
        var (_, body) = await _app.PostAsync("""{ institutions(after: "bm90LWEtY3Vyc29y") { nodes { id } } }""");

        Assert.Equal("BAD_USER_INPUT", Code(body));
    }

    [Fact]
    public async Task an_unknown_id_is_not_found()
    {
        var (_, body) = await _app.PostAsync("""{ institution(id: "atlantis-city-council") { name } }""");

        Assert.Equal("NOT_FOUND", Code(body));
        Assert.Equal("""{"institution":null}""", body["data"]!.ToJsonString());
    }

    [Fact]
    public async Task an_id_of_another_kind_is_not_found_and_says_what_it_is()
    {
        var (_, body) = await _app.PostAsync($$"""{ institution(id: "{{HarreraguneCoordination}}") { name } }""");

        Assert.Equal("NOT_FOUND", Code(body));
        Assert.Equal($"'{HarreraguneCoordination}' is a Network, not a Institution.", body["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_malformed_id_is_bad_user_input()
    {
        var (_, body) = await _app.PostAsync("""{ institution(id: "Not A Slug!") { name } }""");

        Assert.Equal("BAD_USER_INPUT", Code(body));
    }

    [Fact]
    public async Task node_and_nodes_resolve_any_kind_and_null_for_unknown_ids()
    {
        var data = await _app.QueryAsync($$"""
            { node(id: "{{Lanbide}}") { __typename id }
              nodes(ids: ["{{ReturnCounselling}}", "nobody-here", "{{HarreraguneCoordination}}"]) { __typename id } }
            """);

        Assert.Equal($$"""{"__typename":"Institution","id":"{{Lanbide}}"}""", data["node"]!.ToJsonString());
        Assert.Equal(
            $$"""[{"__typename":"Theme","id":"{{ReturnCounselling}}"},null,{"__typename":"Network","id":"{{HarreraguneCoordination}}"}]""",
            data["nodes"]!.ToJsonString());
    }

    [Fact]
    public async Task search_finds_nodes_of_every_kind_best_match_first()
    {
        var data = await _app.QueryAsync("""{ search(text: "harreragune") { __typename id } }""");

        var results = data["search"]!.AsArray();
        Assert.Equal(Harreragune, results[0]!["id"]!.GetValue<string>());
        Assert.Contains(results, r => r!["__typename"]!.GetValue<string>() == "Network");
    }

    [Fact]
    public async Task illustrative_feedback_is_marked_as_illustrative()
    {
        var data = await _app.QueryAsync("{ feedbackItems(first: 100) { totalCount nodes { illustrative raisedBy { id } themes { id } } } }", token: _app.Token("reader"));

        var items = data["feedbackItems"]!["nodes"]!.AsArray();
        Assert.NotEmpty(items);
        Assert.All(items, item =>
        {
            Assert.True(item!["illustrative"]!.GetValue<bool>());
            Assert.NotNull(item["raisedBy"]);
            Assert.NotEmpty(item["themes"]!.AsArray());
        });
    }

    private static string Code(JsonNode body) => body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();
}
