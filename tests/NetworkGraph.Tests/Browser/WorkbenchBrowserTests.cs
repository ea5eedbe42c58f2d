using System.Text.Json.Nodes;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Support.SeedFacts;

namespace NetworkGraph.Tests.Browser;

/// <summary>
/// The planner's workbench in a real Chromium (playwright-core, web/tests/workbench.mjs) against the
/// built service: what the pages show must be what the public API answers. Screenshots are kept in
/// TestResults/screenshots/.
/// </summary>
public sealed class WorkbenchBrowserTests(WorkbenchBrowserTests.Session session) : IClassFixture<WorkbenchBrowserTests.Session>
{
    public sealed class Session : IAsyncLifetime
    {
        public WorkbenchSession Run { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Run.DisposeAsync();
    }

    private WorkbenchSession Run => session.Run;

    [BrowserFact]
    public async Task the_ide_opens_the_example_operations_as_tabs_and_runs_one_as_the_api_answers_it()
    {
        var ide = Scenario(await Run.RunAsync(), "ide");

        var operations = Directory.GetFiles(RepositoryPaths.Operations, "*.graphql").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        var tabs = ide["tabs"]!.AsArray().Select(tab => tab!.GetValue<string>().Replace(" icon", "", StringComparison.Ordinal).Trim());
        Assert.Equal(operations, tabs.Order(StringComparer.Ordinal));
        Assert.Equal(1, ide["headersEditor"]!.GetValue<int>());
        var expected = await Run.QueryAsync(ide["query"]!.GetValue<string>());
        Assert.Equal(HarreraguneName, ide["result"]!["data"]!["institution"]!["name"]!.GetValue<string>());
        Assert.Equal(expected.ToJsonString(), ide["result"]!["data"]!.ToJsonString());
    }

    [BrowserFact]
    public async Task the_map_draws_as_many_institution_nodes_as_the_api_returns_for_the_same_filter()
    {
        var map = Scenario(await Run.RunAsync(), "map");

        var all = await Run.QueryAsync("{ institutions { totalCount } }");
        var municipal = await Run.QueryAsync("query($where: InstitutionWhere) { institutions(where: $where) { totalCount } }",
            variables: new { where = new { levels = new[] { "MUNICIPAL" } } });
        var allCount = all["institutions"]!["totalCount"]!.GetValue<int>();
        var municipalCount = municipal["institutions"]!["totalCount"]!.GetValue<int>();
        Assert.InRange(municipalCount, 1, allCount - 1);
        Assert.Equal(allCount, map["all"]!["institutions"]!.GetValue<int>());
        Assert.Equal("MUNICIPAL", map["filter"]!["levels"]![0]!.GetValue<string>());
        Assert.Equal(municipalCount, map["municipal"]!["institutions"]!.GetValue<int>());
        Assert.Equal("ready", map["municipal"]!["state"]!.GetValue<string>());
    }

    [BrowserFact]
    public async Task a_click_on_an_institution_opens_the_panel_with_its_name_and_enter_on_a_search_result_does_too()
    {
        var panel = Scenario(await Run.RunAsync(), "panel");

        Assert.Equal(HarreraguneName, panel["clicked"]!["title"]!.GetValue<string>());
        var sections = panel["clicked"]!["sections"]!.AsArray().Select(section => section!.GetValue<string>()).ToList();
        Assert.Contains("Memberships", sections);
        Assert.Contains("Partners", sections);
        Assert.Contains("Sources", sections);
        Assert.Equal(PenascalCooperative, panel["keyboard"]!["focused"]!.GetValue<string>());
        Assert.Equal(PenascalName, panel["keyboard"]!["title"]!.GetValue<string>());
        Assert.True(panel["keyboard"]!["focusInPanel"]!.GetValue<bool>(), "The panel should take the focus when it opens.");
    }

    [BrowserFact]
    public async Task a_search_by_a_spanish_name_finds_the_institution_and_its_panel_tells_official_names_from_translations()
    {
        var panel = Scenario(await Run.RunAsync(), "panel");

        Assert.Equal("bizkaia-provincial-council", panel["foundBySpanish"]!.GetValue<string>());
        var names = panel["names"]!.AsArray().ToDictionary(name => name!["lang"]!.GetValue<string>(), name => name!);
        Assert.Equal(["en", "es", "eu"], names.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Diputación Foral de Bizkaia", names["es"]["text"]!.GetValue<string>());
        Assert.True(names["es"]["official"]!.GetValue<bool>());
        Assert.Contains("official name in Spanish", names["es"]["line"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("official name in Spanish (bizkaia.eus, the Provincial Council of Bizkaia's official site)",
            names["es"]["line"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(names["en"]["official"]!.GetValue<bool>());
        Assert.Contains("a translation, not an official name", names["en"]["line"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task the_gap_overlay_highlights_the_institutions_the_api_names_for_that_gap()
    {
        var gaps = Scenario(await Run.RunAsync(), "gaps");

        var theme = gaps["theme"]!.GetValue<string>();
        var kind = gaps["kind"]!.GetValue<string>();
        var levels = gaps["levels"]!.AsArray().Select(level => level!.GetValue<string>()).ToList();
        var answer = await Run.QueryAsync("query($themes: [ID!]) { coverageGaps(themes: $themes) { kind levels theme { name } institutions { id } } }",
            variables: new { themes = new[] { theme } });
        var gap = Assert.Single(answer["coverageGaps"]!.AsArray(),
            g => g!["kind"]!.GetValue<string>() == kind && g["levels"]!.AsArray().Select(l => l!.GetValue<string>()).SequenceEqual(levels));
        var expected = gap!["institutions"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, gaps["highlighted"]!.AsArray().Select(id => id!.GetValue<string>()).Order(StringComparer.Ordinal));
        // Said by the page from the gap's kind, level and theme, in its own words and language.
        var detail = gaps["detail"]!.GetValue<string>();
        Assert.Contains(gap["theme"]!["name"]!.GetValue<string>(), detail, StringComparison.Ordinal);
        Assert.Contains("Actors involved:", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("map.gaps", detail, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task the_trace_overlay_follows_an_illustrative_item_from_the_raising_ngo_and_labels_it_illustrative()
    {
        var trace = Scenario(await Run.RunAsync(), "trace");

        var answer = await Run.QueryAsync($$"""{ feedbackTrace(id: "{{WorkbenchSession.TraceItem}}") { steps { kind } item { raisedBy { id } } } }""", TestTokens.Signed("reader"));
        Assert.Equal(WorkbenchSession.TraceItem, trace["item"]!.GetValue<string>());
        Assert.Equal(answer["feedbackTrace"]!["steps"]!.AsArray().Count, trace["steps"]!.GetValue<int>());
        Assert.Contains(answer["feedbackTrace"]!["item"]!["raisedBy"]!["id"]!.GetValue<string>(),
            trace["highlighted"]!.AsArray().Select(id => id!.GetValue<string>()));
        Assert.Equal(1, trace["illustrativeLabel"]!.GetValue<int>());
    }

    [BrowserFact]
    public async Task what_if_smus_went_marks_what_the_api_answers_and_reset_restores_the_map()
    {
        var whatIf = Scenario(await Run.RunAsync(), "whatIf");

        var answer = await Run.QueryAsync($$"""{ whatIf(remove: ["{{Smus}}"]) { lostPairs isolated { id } newGaps { institutions { id } } } }""");
        var roles = await Run.QueryAsync($$"""{ brokerageRoles(ids: ["{{Smus}}"]) { coordinator itinerant representative gatekeeper liaison } }""");
        var marked = whatIf["marked"]!;
        Assert.Equal([Smus], marked["removed"]!.AsArray().Select(id => id!.GetValue<string>()));
        Assert.Equal([Smus], marked["removedOnMap"]!.AsArray().Select(id => id!.GetValue<string>()));
        Assert.Equal(
            answer["whatIf"]!["isolated"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal),
            marked["isolated"]!.AsArray().Select(id => id!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(marked["smusEdges"]!.GetValue<int>(), marked["lostEdges"]!.GetValue<int>());
        Assert.True(marked["lostEdges"]!.GetValue<int>() > 0);
        Assert.Contains($"{answer["whatIf"]!["lostPairs"]!.GetValue<int>()} pairs of actors", whatIf["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", whatIf["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var shown = whatIf["roles"]!.AsObject();
        foreach (var (role, count) in roles["brokerageRoles"]![0]!.AsObject())
        {
            var value = count!.GetValue<int>();
            Assert.Equal(value > 0, shown.ContainsKey(role));
            if (value > 0)
            {
                Assert.Contains($": {value}", shown[role]!.GetValue<string>(), StringComparison.Ordinal);
            }
        }
        Assert.Equal(0, whatIf["afterReset"]!["marked"]!.GetValue<int>());
        Assert.Equal(0, whatIf["afterReset"]!["chosen"]!.GetValue<int>());
        Assert.Empty(whatIf["unlabelled"]!.AsArray());
    }

    [BrowserFact]
    public async Task the_levels_layout_puts_each_level_in_its_band_municipal_lowest_and_is_kept_in_the_address()
    {
        var levels = Scenario(await Run.RunAsync(), "levels");

        Assert.Equal("levels", levels["layout"]!.GetValue<string>());
        Assert.Equal(["MUNICIPAL", "REGIONAL"], levels["checked"]!.AsArray().Select(l => l!.GetValue<string>()));
        var bandY = levels["bandY"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<double>());
        Assert.Equal(6, bandY.Count);
        // Screen y grows downwards: the municipal band is the lowest, then provincial, regional and up.
        Assert.True(bandY["MUNICIPAL"] > bandY["PROVINCIAL"] && bandY["PROVINCIAL"] > bandY["REGIONAL"] && bandY["REGIONAL"] > bandY["NATIONAL"]);
        foreach (var (level, rows) in levels["rows"]!.AsObject())
        {
            Assert.Equal([bandY[level]], rows!.AsArray().Select(y => y!.GetValue<double>()));
        }
        Assert.Contains(levels["labels"]!.AsArray(), label => label!.GetValue<string>() == "Provincial (0)");
        Assert.DoesNotContain("layout", levels["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("level=MUNICIPAL", levels["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, levels["bandsAfter"]!.GetValue<int>());
    }

    [BrowserFact]
    public async Task the_date_slider_draws_the_network_as_it_was_and_goes_back_to_today()
    {
        var asOf = Scenario(await Run.RunAsync(), "asOf");

        // The Basque Government convenes the Forum from the decree that created it, 9 May 2023.
        Assert.Equal("2023-05-08", asOf["then"]!["label"]!.GetValue<string>());
        Assert.False(asOf["then"]!["forumLinked"]!.GetValue<bool>());
        Assert.Contains("as of 2023-05-08", asOf["status"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("asOf=2023-05-08", asOf["then"]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(asOf["then"]!["stops"]!.GetValue<int>() >= 3); // the day before the first change, the changes, today
        Assert.True(asOf["now"]!["forumLinked"]!.GetValue<bool>());
        Assert.StartsWith("today", asOf["now"]!["label"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("asOf", asOf["now"]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(asOf["unlabelled"]!.AsArray());
    }

    [BrowserFact]
    public async Task the_cytoscape_download_of_the_filtered_map_loads_whole_into_cytoscape()
    {
        var exports = Scenario(await Run.RunAsync(), "exports");

        var municipal = await Run.QueryAsync("query($where: InstitutionWhere) { institutions(where: $where) { totalCount } }",
            variables: new { where = new { levels = new[] { "MUNICIPAL" } } });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/export/graph.cyjs?levels=MUNICIPAL");
        request.Headers.Authorization = new("Bearer", TestTokens.Signed("reader"));
        using var response = await Run.Server.Client.SendAsync(request);
        var expected = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["elements"]!;
        // The NGO scenario, which ran after this one, submitted an item: it was not in the browser's download.
        var submitted = Scenario(await Run.RunAsync(), "ngo")["accepted"]!["item"]!.GetValue<string>();
        var nodes = expected["nodes"]!.AsArray().Count(node => node!["data"]!["id"]!.GetValue<string>() != submitted);
        var edges = expected["edges"]!.AsArray().Count(edge => edge!["data"]!["source"]!.GetValue<string>() != submitted && edge["data"]!["target"]!.GetValue<string>() != submitted);
        Assert.Equal("graph.cyjs", exports["fileName"]!.GetValue<string>());
        Assert.Equal(municipal["institutions"]!["totalCount"]!.GetValue<int>(), exports["loaded"]!["institutions"]!.GetValue<int>());
        Assert.Equal(nodes, exports["loaded"]!["nodes"]!.GetValue<int>());
        Assert.Equal(edges, exports["loaded"]!["edges"]!.GetValue<int>());
        Assert.Equal(exports["file"]!.ToJsonString(), new JsonObject { ["nodes"] = exports["loaded"]!["nodes"]!.GetValue<int>(), ["edges"] = exports["loaded"]!["edges"]!.GetValue<int>() }.ToJsonString());
        Assert.InRange(exports["loaded"]!["edges"]!.GetValue<int>(), 1, int.MaxValue);
    }

    [BrowserFact]
    public async Task an_ngo_submission_whose_text_holds_a_dni_shows_the_rejection_in_plain_words_and_stores_nothing()
    {
        var ngo = Scenario(await Run.RunAsync(), "ngo");

        var rejection = ngo["rejection"]!;
        Assert.Equal("PERSONAL_DATA_REJECTED", rejection["code"]?.GetValue<string>());
        Assert.Contains("DNI", rejection["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Nothing was stored", rejection["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("12345678Z", rejection["text"]!.GetValue<string>(), StringComparison.Ordinal);

        var admin = TestTokens.Signed("admin");
        const string byTitle = "query($title: String) { feedbackItems(where: { nameContains: $title }) { totalCount nodes { id } } }";
        var rejected = await Run.QueryAsync(byTitle, admin, new { title = Run.RejectedTitle });
        var accepted = await Run.QueryAsync(byTitle, admin, new { title = Run.AcceptedTitle });
        var all = await Run.QueryAsync("{ feedbackItems { totalCount } }", admin);
        Assert.Equal(0, rejected["feedbackItems"]!["totalCount"]!.GetValue<int>());
        // The clean submission that followed was stored, once, and the page showed it.
        Assert.Equal(ngo["accepted"]!["item"]!.GetValue<string>(), Assert.Single(accepted["feedbackItems"]!["nodes"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Equal(Run.FeedbackItemsBefore + 1, all["feedbackItems"]!["totalCount"]!.GetValue<int>());
        Assert.Contains("Submitted", ngo["accepted"]!["trace"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [BrowserFact]
    public async Task the_compare_page_shows_what_compare_territories_answers_and_opens_the_map_on_the_same_institutions()
    {
        var compare = Scenario(await Run.RunAsync(), "compare");

        var territories = compare["territories"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        Assert.Equal(["bilbao", "eastbrook"], territories);
        var expected = await Run.QueryAsync("""{ compareTerritories(ids: ["bilbao", "eastbrook"]) { institutions } }""");
        Assert.Equal(
            expected["compareTerritories"]!.AsArray().Select(p => p!["institutions"]!.GetValue<int>()),
            compare["institutions"]!.AsArray().Select(n => n!.GetValue<int>()));
        // The first figure links to the map filtered to Bilbao, which draws exactly the institutions that were counted.
        Assert.Equal("bilbao", compare["territoryFilter"]!.GetValue<string>());
        Assert.Equal("ready", compare["map"]!["state"]!.GetValue<string>());
        Assert.Equal(expected["compareTerritories"]![0]!["institutions"]!.GetValue<int>(), compare["map"]!["institutions"]!.GetValue<int>());
    }

    [BrowserFact]
    public async Task the_import_page_shows_the_dry_run_of_a_hand_made_spreadsheet_and_writes_it_when_confirmed()
    {
        var import = Scenario(await Run.RunAsync(), "import");

        // What the check announced is what the confirmed import did.
        Assert.Equal(import["checked"]!.ToJsonString(), import["imported"]!.ToJsonString());
        Assert.Equal("[8,0]", import["checked"]!["Institution"]!.ToJsonString());
        Assert.Equal("[2,0]", import["checked"]!["Territory"]!.ToJsonString());
        Assert.StartsWith("Checked: nothing written yet.", import["checkedStatus"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(import["confirmHidden"]!.GetValue<bool>());
        var stored = await Run.QueryAsync("""{ institutions(where: { territories: ["riverton"] }) { totalCount } territory(id: "northshire") { name } }""");
        Assert.Equal(6, stored["institutions"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("Northshire", stored["territory"]!["name"]!.GetValue<string>());
    }

    [BrowserFact]
    public async Task the_pages_load_without_script_or_http_errors_and_label_every_control()
    {
        var output = await Run.RunAsync();

        Assert.Empty(output["problems"]!.AsArray().Select(problem => problem!.GetValue<string>()));
        foreach (var page in new[] { "ide", "map", "ngo", "compare", "import" })
        {
            Assert.Empty(Scenario(output, page)["unlabelled"]!.AsArray().Select(control => control!.GetValue<string>()));
        }
        Assert.All(output["screenshots"]!.AsArray(), path => Assert.True(File.Exists(path!.GetValue<string>())));
    }

    [BrowserFact]
    public async Task the_ngo_view_shows_a_status_change_pushed_live_without_reloading_its_list()
    {
        var output = await Run.RunAsync();
        var live = Scenario(output, "liveNgo");

        Assert.Equal(Scenario(output, "ngo")["accepted"]!["item"]!.GetValue<string>(), live["item"]!.GetValue<string>());
        Assert.Contains("submitted", live["before"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("triaged", live["after"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal($"\"{Run.AcceptedTitle}\" moved from submitted to triaged.", live["announced"]!.GetValue<string>());
        Assert.Equal("Live", live["indicator"]!.GetValue<string>());
        Assert.Equal(0, live["reloads"]!.GetValue<int>());
    }

    [BrowserFact]
    public async Task the_map_dashboard_strip_changes_without_a_reload_after_a_discussion_is_recorded()
    {
        var live = Scenario(await Run.RunAsync(), "liveMap");

        Assert.Equal(live["before"]!["Triaged"]!.GetValue<int>() - 1, live["after"]!["Triaged"]!.GetValue<int>());
        Assert.Equal(live["before"]!["Discussed"]!.GetValue<int>() + 1, live["after"]!["Discussed"]!.GetValue<int>());
        Assert.Equal("Live", live["indicator"]!.GetValue<string>());
        Assert.Equal(0, live["reloads"]!.GetValue<int>());
    }

    [BrowserFact]
    public async Task graphiql_runs_a_subscription_over_the_websocket_with_the_token_of_its_headers_editor()
    {
        var live = Scenario(await Run.RunAsync(), "liveIde");

        Assert.Null(live["result"]!["errors"]);
        Assert.Equal("declineFeedback", live["result"]!["data"]!["graphChanged"]!["operation"]!.GetValue<string>());
        Assert.True(live["tokenSent"]!.GetValue<bool>());
    }

    private static JsonNode Scenario(JsonNode output, string name)
    {
        var scenario = output[name] ?? throw new Xunit.Sdk.XunitException($"The browser run has no '{name}' scenario.");
        return scenario["error"] is { } error ? throw new Xunit.Sdk.XunitException($"The '{name}' scenario failed in the browser:\n{error}") : scenario;
    }
}
