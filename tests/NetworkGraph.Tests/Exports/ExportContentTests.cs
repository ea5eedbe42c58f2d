using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Analysis;
using NetworkGraph.Core.Exports;
using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Spreadsheets;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Support.SeedFacts;

namespace NetworkGraph.Tests.Exports;

/// <summary>What the exports hold for the seed, compared with the GraphQL API's answers (docs/architecture.md §4, "Exports").</summary>
public sealed class ExportContentTests : IAsyncLifetime
{
    private readonly NetworkGraphApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/export/coordination.graphml", "application/graphml+xml", "coordination.graphml")]
    [InlineData("/export/coordination.gexf", "application/gexf+xml", "coordination.gexf")]
    [InlineData("/export/graph.graphml", "application/graphml+xml", "graph.graphml")]
    [InlineData("/export/graph.gexf", "application/gexf+xml", "graph.gexf")]
    [InlineData("/export/graph.cyjs", "application/json", "graph.cyjs")]
    [InlineData("/export/elements.csv", "text/csv", "elements.csv")]
    [InlineData("/export/connections.csv", "text/csv", "connections.csv")]
    public async Task an_export_is_an_attachment_of_its_media_type_that_no_cache_keeps(string path, string mediaType, string fileName)
    {
        using var response = await _app.GetAsync(path, TestTokens.Signed("reader"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/export/coordination.graphml?via=SHARED_NETWORK,REFERRAL")]
    [InlineData("/export/coordination.gexf")]
    [InlineData("/export/graph.graphml")]
    [InlineData("/export/graph.gexf?territory=bilbao")]
    [InlineData("/export/graph.cyjs?levels=MUNICIPAL")]
    [InlineData("/export/elements.csv")]
    [InlineData("/export/connections.csv?territory=bilbao")]
    public async Task two_exports_of_the_same_graph_are_byte_identical(string pathAndQuery)
    {
        var first = await _app.ExportAsync(pathAndQuery);
        // A second analysis of the same graph, built from a fresh snapshot, must write the same bytes.
        var second = await new NetworkGraphApp().ExportAndDisposeAsync(pathAndQuery);

        Assert.True(first.Length > 1000, $"{pathAndQuery} is only {first.Length} bytes.");
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task a_level_filter_keeps_the_institutions_at_those_levels_and_the_links_between_them()
    {
        var export = await _app.GraphMLAsync("/export/coordination.graphml?levels=MUNICIPAL,PROVINCIAL");

        var expected = await ExpectedGraph.InstitutionsAsync(_app, new { levels = new[] { "MUNICIPAL", "PROVINCIAL" } });
        Assert.InRange(expected.Count, 2, 38);
        Assert.Equal(expected.Select(i => i.Id), export.NodeIds());
        var links = await ExpectedGraph.LinksAsync(_app, [.. expected.Select(i => i.Id)]);
        Assert.NotEmpty(links);
        Assert.Equal(links, export.Edges().Select(e => new ExpectedGraph.Link(e.Source, e.Target, int.Parse(e.Data["weight"]), e.Data["kinds"])));
    }

    [Fact]
    public async Task via_keeps_the_links_with_evidence_of_those_kinds_and_weighs_only_that_evidence()
    {
        var export = await _app.GraphMLAsync("/export/coordination.graphml?via=REFERRAL&via=SHARED_NETWORK");

        var institutions = await ExpectedGraph.InstitutionsAsync(_app);
        var ids = institutions.Select(i => i.Id).ToList();
        var links = await ExpectedGraph.LinksAsync(_app, ids, ["SHARED_NETWORK", "REFERRAL"]);
        var everyLink = await ExpectedGraph.LinksAsync(_app, ids);
        Assert.InRange(links.Count, 1, everyLink.Count - 1);
        Assert.Contains(links, link => link.Weight > 1);
        Assert.Equal(institutions.Select(i => i.Id), export.NodeIds());
        Assert.Equal(links, export.Edges().Select(e => new ExpectedGraph.Link(e.Source, e.Target, int.Parse(e.Data["weight"]), e.Data["kinds"])));
    }

    [Fact]
    public async Task a_territory_scopes_the_coordination_export_as_it_scopes_the_graph_questions()
    {
        var export = await _app.GraphMLAsync("/export/coordination.graphml?territory=bilbao");

        var scoped = await _app.QueryAsync("{ brokers(top: 100, territory: \"bilbao\") { institution { id } } all: institutions { totalCount } }");
        var expected = scoped["brokers"]!.AsArray().Select(b => b!["institution"]!.Text("id")).Order(StringComparer.Ordinal).ToList();
        Assert.InRange(expected.Count, 1, scoped["all"]!["totalCount"]!.GetValue<int>() - 1);
        Assert.Equal(expected, export.NodeIds());
    }

    [Fact]
    public async Task a_filter_on_institutions_keeps_the_nodes_one_relationship_away_and_no_other_institution()
    {
        var export = await _app.CytoscapeAsync("?networks=" + HarreraguneCoordination);

        var members = await ExpectedGraph.InstitutionsAsync(_app, new { networks = new[] { HarreraguneCoordination } });
        var nodes = export.Elements("nodes").ToList();
        var edges = export.Elements("edges").ToList();
        Assert.Equal(members.Select(i => i.Id), nodes.Where(n => n.Text("type") == "Institution").Select(n => n.Text("id")));
        Assert.NotNull(nodes.Find(HarreraguneCoordination));
        Assert.DoesNotContain(nodes, n => n.Text("type") == "Theme");
        var ids = nodes.Select(n => n.Text("id")).ToHashSet();
        Assert.All(edges, e => Assert.True(ids.Contains(e.Text("source")) && ids.Contains(e.Text("target")), e.ToJsonString()));
        Assert.Equal(members.Count, edges.Count(e => e.Text("type") == "MEMBER_OF" && e.Text("target") == HarreraguneCoordination));
    }

    [Fact]
    public async Task a_reader_exports_every_node_and_relationship_with_every_feedback_item()
    {
        var reader = TestTokens.Signed("reader");
        var export = await _app.CytoscapeAsync(token: reader);

        var expected = await ExpectedGraph.NodesAsync(_app, reader);
        var nodes = export.Elements("nodes").ToList();
        Assert.Equal(expected.Keys, nodes.Select(n => n.Text("id")));
        Assert.All(nodes, n => Assert.Equal(expected[n.Text("id")], (n.Text("type"), n["name"]?.GetValue<string>() ?? n.Text("title"))));
        Assert.Equal(7, nodes.Count(n => n.Text("type") == "FeedbackItem"));
        var snapshot = await _app.Store.GetSnapshotAsync(CancellationToken.None);
        Assert.Equal(snapshot.Relationships.Count, export.Elements("edges").Count());
    }

    [Fact]
    public async Task the_property_graph_export_writes_a_nodes_names_per_language_as_one_json_text_with_their_sources()
    {
        var export = await _app.CytoscapeAsync();

        var government = export.Elements("nodes").Single(n => n.Text("id") == "basque-government");
        var names = JsonNode.Parse(government.Text("names"))!.AsArray().Select(name => name!).ToList();
        var basque = names.Single(name => name.Text("lang") == "eu");
        Assert.Equal("Eusko Jaurlaritza", basque.Text("text"));
        Assert.True(basque["official"]!.GetValue<bool>());
        Assert.False(string.IsNullOrEmpty(basque["source"]?["title"]?.GetValue<string>()));
        Assert.Contains(names, name => name.Text("lang") == "es" && name.Text("text") == "Gobierno Vasco");
        // A node with no names per language has no such attribute, as with any property it lacks.
        Assert.Null(export.Elements("nodes").First(n => n.Text("type") == "Meeting")["names"]);
    }

    [Fact]
    public async Task an_ngo_viewer_would_export_only_its_own_feedback_items_and_their_relationships()
    {
        const string org = "arrupe-etxea";
        var own = (await _app.AllAsync("feedbackItems", "FeedbackItemWhere", "id", TestTokens.Signed("ngo", org))).Select(n => n.Text("id")).ToList();
        Assert.InRange(own.Count, 1, 6);

        // The HTTP route refuses NGOs; the selection still takes visibility from the same Viewer the GraphQL API asks.
        await using var scope = _app.Services.CreateAsyncScope();
        var http = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>();
        http.HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext
        {
            User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
                [new("sub", "ngo-user"), new("role", "ngo"), new("org", org)], "Bearer")),
        };
        var viewer = scope.ServiceProvider.GetRequiredService<NetworkGraph.Api.Auth.Viewer>();
        var analysis = (await _app.Services.GetRequiredService<LatestAnalysis>().GetCurrentAsync(CancellationToken.None)).Analysis;
        var visibility = await viewer.VisibilityOfAsync(GraphExports.FeedbackItems(analysis), CancellationToken.None);
        var selected = GraphExports.Graph(analysis, ExportFilter.None, visibility.CanSee);

        Assert.Equal(own, selected.Nodes.Where(n => n.Label == NetworkGraph.Core.Graph.NodeLabel.FeedbackItem).Select(n => n.Id));
        var feedback = GraphExports.FeedbackItems(analysis).Select(n => n.Id).ToHashSet();
        var feedbackEnds = selected.Relationships.SelectMany(r => new[] { r.FromId, r.ToId }).Where(feedback.Contains).ToList();
        Assert.Equal(own, feedbackEnds.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task the_csv_exports_are_the_import_layout_with_every_node_but_feedback_items_and_territories_in_cells()
    {
        var elements = CsvRows(await _app.ExportAsync("/export/elements.csv"));
        var connections = CsvRows(await _app.ExportAsync("/export/connections.csv"));
        var snapshot = await _app.Store.GetSnapshotAsync(CancellationToken.None);

        // The layout, with a Label@ column after Label for each language the seed has names in.
        Assert.Equal(
            [SpreadsheetLayout.Id, SpreadsheetLayout.Label, "Label@en", "Label@es", "Label@eu", .. SpreadsheetLayout.ElementColumns.Skip(2)],
            elements[0]);
        Assert.Equal(SpreadsheetLayout.ConnectionColumns, connections[0]);
        Assert.Equal(
            snapshot.Nodes.Where(n => n.Label != NodeLabel.FeedbackItem).Select(n => n.Id).Order(StringComparer.Ordinal),
            elements.Skip(1).Select(row => row[0]));
        var territory = elements[0].ToList().IndexOf(SpreadsheetLayout.Territory);
        Assert.Equal("bilbao", elements.Single(row => row[0] == Harreragune)[territory]);
        Assert.DoesNotContain(connections.Skip(1), row => row[2] == "LOCATED_IN" && row[0] == Harreragune);
        Assert.DoesNotContain(connections.Skip(1), row => row[2] is "RAISED" or "ABOUT" or "REPORTED_BACK_TO");
        Assert.Contains(connections.Skip(1), row => row[2] == "WITHIN" && (row[0], row[1]) == ("bilbao", "bizkaia"));
    }

    [Fact]
    public async Task the_csv_exports_keep_every_dated_link_with_its_dates_even_one_that_no_longer_holds()
    {
        await _app.PutEndedReferralAsync();
        await _app.WriteAsync("""
            mutation { putLocation(input: { institutionId: "lanbide", territoryId: "bilbao", validTo: "2022-01-01", sources: [{ title: "Test move" }] }) { id } }
            """);

        var elements = CsvRows(await _app.ExportAsync("/export/elements.csv"));
        var connections = CsvRows(await _app.ExportAsync("/export/connections.csv"));

        var column = SpreadsheetLayout.ConnectionColumns.ToList();
        var (from, to) = (column.IndexOf("Valid From"), column.IndexOf("Valid To"));
        var referral = connections.Single(row => row[2] == "REFERS_TO" && (row[0], row[1]) == ("lanbide", "penascal-cooperative"));
        Assert.Equal(("2020-01-01", "2021-01-01"), (referral[from], referral[to]));
        var location = connections.Single(row => row[2] == "LOCATED_IN" && row[0] == "lanbide");
        Assert.Equal(("bilbao", "", "2022-01-01"), (location[1], location[from], location[to]));
        Assert.Equal("", elements.Single(row => row[0] == "lanbide")[elements[0].ToList().IndexOf(SpreadsheetLayout.Territory)]);
    }

    /// <summary>A CSV export's rows, read by the import's own reader: what a re-import sees.</summary>
    private static List<IReadOnlyList<string>> CsvRows(byte[] csv)
    {
        var reading = CsvSheetReader.Read("sheet", csv, new SheetBudget(ImportLimits.Default));
        Assert.Empty(reading.Problems);
        return [reading.Sheet!.Header, .. reading.Sheet.Rows.Select(row => row.Cells)];
    }
}

internal static class FreshApp
{
    public static async Task<byte[]> ExportAndDisposeAsync(this NetworkGraphApp app, string pathAndQuery)
    {
        await using (app)
        {
            return await app.ExportAsync(pathAndQuery);
        }
    }
}
