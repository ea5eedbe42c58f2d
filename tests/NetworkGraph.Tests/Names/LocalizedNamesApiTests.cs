using System.Text.Json.Nodes;
using NetworkGraph.Tests.Api;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Support.SeedFacts;

namespace NetworkGraph.Tests.Names;

/// <summary>
/// Names per language over the API (issue 18): <c>name</c> answers in the language of the <c>lang</c> argument, else of
/// <c>Accept-Language</c> (quality values honoured), else the default name; <c>names</c> lists them with their
/// official flag and source; search finds a node by any of its names.
/// </summary>
public sealed class LocalizedNamesApiTests : IAsyncLifetime
{
    private const string Government = $$"""{ institution(id: "{{BasqueGovernment}}") { name } }""";

    private readonly NetworkGraphApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task<(HttpResponseMessage Response, JsonNode Body)> PostAsync(string query, string? acceptLanguage, object? variables = null, string? token = null) =>
        _app.PostAsync(query, variables, token: token, acceptLanguage: acceptLanguage);

    private async Task<string> GovernmentNameAsync(string? acceptLanguage)
    {
        var (_, body) = await PostAsync(Government, acceptLanguage);
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!["institution"]!["name"]!.GetValue<string>();
    }

    [Theory]
    [InlineData("eu", BasqueGovernmentBasqueName)]
    [InlineData("es", BasqueGovernmentSpanishName)]
    [InlineData("en", BasqueGovernmentName)]
    [InlineData(null, BasqueGovernmentName)]
    [InlineData("es-ES,es;q=0.9,en;q=0.8", BasqueGovernmentSpanishName)]
    [InlineData("fr, eu;q=0.5, es;q=0.7", BasqueGovernmentSpanishName)]
    [InlineData("fr, de;q=0.5", BasqueGovernmentName)]
    [InlineData("eu;q=0, es;q=0.1", BasqueGovernmentSpanishName)]
    [InlineData("*", BasqueGovernmentName)]
    [InlineData("not a language tag!, eu", BasqueGovernmentBasqueName)]
    public async Task accept_language_picks_the_official_name_in_the_best_language_the_node_has(string? acceptLanguage, string expected) =>
        Assert.Equal(expected, await GovernmentNameAsync(acceptLanguage));

    [Fact]
    public async Task the_lang_argument_wins_over_the_header_and_an_alias_can_ask_for_each_language()
    {
        var (_, body) = await PostAsync(
            $$"""{ institution(id: "{{BasqueGovernment}}") { name eu: name(lang: "eu") es: name(lang: "es-ES") fr: name(lang: "fr") } }""", "es");

        Assert.Equal(
            $$"""{"name":"{{BasqueGovernmentSpanishName}}","eu":"{{BasqueGovernmentBasqueName}}","es":"{{BasqueGovernmentSpanishName}}","fr":"{{BasqueGovernmentName}}"}""",
            body["data"]!["institution"]!.ToJsonString());
    }

    [Fact]
    public async Task a_lang_that_is_no_language_tag_is_refused_as_bad_input()
    {
        var (_, body) = await PostAsync($$"""{ institution(id: "{{BasqueGovernment}}") { name(lang: "basque!") } }""", null);

        Assert.Equal("BAD_USER_INPUT", body.ErrorCode());
        Assert.Contains("BCP 47", body.ErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task names_lists_each_language_with_its_official_flag_and_the_source_of_official_names()
    {
        var data = await _app.QueryAsync("""{ network(id: "basque-forum-on-migration-and-asylum") { names { lang text official source { url } } } }""");

        Assert.Equal(
            """[{"lang":"en","text":"Basque Forum on Migration and Asylum","official":false,"source":null},"""
            + """{"lang":"es","text":"Foro Vasco de Migraci\u00F3n y Asilo","official":true,"source":{"url":"https://www.euskadi.eus/gobierno-vasco/-/eli/es-pv/d/2023/05/09/67"}},"""
            + """{"lang":"eu","text":"Migrazio eta Asiloaren EAEko Foroa","official":true,"source":{"url":"https://www.euskadi.eus/zer-da-migrazioforoa/web01-a2foroa/eu/"}}]""",
            data["network"]!["names"]!.ToJsonString());
    }

    [Theory]
    [InlineData("Eusko Jaurlaritza")]
    [InlineData("gobierno vasco")]
    [InlineData("GOBIERNO VASCO")]
    public async Task search_by_a_basque_or_a_spanish_name_finds_the_node_first(string text)
    {
        var data = await _app.QueryAsync("query($text: String!) { search(text: $text, first: 3) { ... on Institution { id } } }", new { text });

        Assert.Equal(BasqueGovernment, data["search"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task name_contains_matches_any_name_ignoring_case_and_accents()
    {
        var data = await _app.QueryAsync("""{ institutions(where: { nameContains: "diputacion foral" }) { nodes { id } } }""");

        Assert.Equal("""[{"id":"bizkaia-provincial-council"}]""", data["institutions"]!["nodes"]!.ToJsonString());
    }

    [Fact]
    public async Task a_get_answer_varies_by_accept_language_and_its_etag_names_the_languages()
    {
        var path = "/graphql?query=" + Uri.EscapeDataString(Government);

        var tags = new List<string>();
        foreach (var language in new[] { "eu", "es", "eu" })
        {
            using var response = await _app.GetGraphQLAsync(path, acceptLanguage: language);
            Assert.Contains("Accept-Language", response.Headers.Vary);
            tags.Add(response.Headers.ETag!.Tag);
            var name = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["institution"]!["name"]!.GetValue<string>();
            Assert.Equal(language == "eu" ? BasqueGovernmentBasqueName : BasqueGovernmentSpanishName, name);
        }
        Assert.NotEqual(tags[0], tags[1]);
        Assert.Equal(tags[0], tags[2]);
    }

    [Fact]
    public async Task a_mutation_sets_names_and_an_official_name_without_a_source_is_refused()
    {
        const string Put = "mutation($input: UpdateInstitutionInput!) { updateInstitution(input: $input) { id name(lang: \"eu\") names { lang official } } }";
        var token = _app.Token("coordinator");

        var (_, refused) = await PostAsync(Put, null, new { input = new { id = Harreragune, expectedVersion = 1, names = new[] { new { lang = "eu", text = "Harrera Zerbitzua", official = true } } } }, token);
        Assert.Equal("BAD_USER_INPUT", refused.ErrorCode());
        Assert.Contains("official but has no source", refused.ErrorMessage(), StringComparison.Ordinal);

        var (_, untitled) = await PostAsync(Put, null, new
        {
            input = new { id = Harreragune, expectedVersion = 1, names = new[] { new { lang = "eu", text = "Harrera", official = true, source = new { title = " " } } } },
        }, token);
        Assert.Equal("BAD_USER_INPUT", untitled.ErrorCode());
        Assert.Equal("'input.names[0]' has a source without a title.", untitled.ErrorMessage());

        var (_, body) = await PostAsync(Put, null, new
        {
            input = new
            {
                id = Harreragune,
                expectedVersion = 1,
                names = new object[]
                {
                    new { lang = "ES", text = "Servicio Vasco de Acogida", official = false },
                    new { lang = "eu", text = "Harreragune", official = true, source = new { title = "euskadi.eus", url = "https://www.euskadi.eus" } },
                },
            },
        }, token);
        Assert.True(body["errors"] is null, body.ToJsonString());
        Assert.Equal("""{"id":"harreragune","name":"Harreragune","names":[{"lang":"es","official":false},{"lang":"eu","official":true}]}""",
            body["data"]!["updateInstitution"]!.ToJsonString());
        Assert.Equal("harreragune", (await _app.QueryAsync("""{ search(text: "servicio vasco de acogida", first: 1) { ... on Institution { id } } }"""))["search"]![0]!["id"]!.GetValue<string>());
    }
}
