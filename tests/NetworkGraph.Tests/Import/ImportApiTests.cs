using System.Net;
using System.Text;
using NetworkGraph.Api.Import;
using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Spreadsheets;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Import.ImportClient;

namespace NetworkGraph.Tests.Import;

public sealed class ImportApiTests
{
    private const string Elements = $"{ImportSheets.ElementsHeader}\nnew-centre,New Centre,Institution,A drop-in centre.,MUNICIPAL,NGO,bilbao,,,Report,https://example.org/r,p. 2\n";
    private const string Connections = $"{ImportSheets.ConnectionsHeader}\nnew-centre,{SeedFacts.HarreraguneCoordination},MEMBER_OF,,MEMBER,,Report,,p. 3\n";
    private static readonly CancellationToken _ct = CancellationToken.None;

    [Fact]
    public async Task a_dry_run_answers_the_report_and_writes_nothing()
    {
        await using var app = new NetworkGraphApp();
        var version = await app.Store.GetGraphVersionAsync(_ct);

        var (response, body) = await PostAsync(app, app.Token("coordinator"), Elements, Connections, dryRun: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"dryRun":true,"created":{"Institution":1,"LOCATED_IN":1,"MEMBER_OF":1},"updated":{},"unchanged":0,"problems":[]}""", body!.ToJsonString());
        Assert.Equal(version, await app.Store.GetGraphVersionAsync(_ct));
    }

    [Fact]
    public async Task a_commit_is_one_batch_with_one_audit_event_and_importing_it_again_changes_nothing()
    {
        await using var app = new NetworkGraphApp();
        var version = await app.Store.GetGraphVersionAsync(_ct);

        var (first, firstBody) = await PostAsync(app, app.Token("admin"), Elements, Connections);
        var (_, secondBody) = await PostAsync(app, app.Token("admin"), Elements, Connections);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(firstBody!["dryRun"]!.GetValue<bool>());
        Assert.Equal(version + 1, await app.Store.GetGraphVersionAsync(_ct));
        var audit = (await app.Store.FindAuditEventsAsync(new AuditQuery { NodeId = "new-centre" }, _ct)).Events;
        var single = Assert.Single(audit);
        Assert.Equal((SpreadsheetImporter.Operation, "admin"), (single.Operation, Assert.Single(single.Actor.Roles)));
        Assert.Equal("""{"dryRun":false,"created":{},"updated":{},"unchanged":3,"problems":[]}""", secondBody!.ToJsonString());
        Assert.Equal("MUNICIPAL", (await app.Store.GetNodesAsync(["new-centre"], _ct)).Single().GetString("level"));
    }

    [Fact]
    public async Task a_file_with_a_problem_is_answered_422_with_every_problem_and_nothing_written()
    {
        await using var app = new NetworkGraphApp();
        var version = await app.Store.GetGraphVersionAsync(_ct);
        var broken = Connections + $"new-centre,{SeedFacts.Lanbide},REFERS_TO,sideways,,,Report,,\n";

        var (response, body) = await PostAsync(app, app.Token("coordinator"), Elements.Replace("MUNICIPAL", "LOCAL", StringComparison.Ordinal), broken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problems = body!["problems"]!.AsArray().Select(p => $"{p!["sheet"]}:{p["row"]}:{p["column"]}").ToList();
        Assert.Equal(["Elements:2:Level", "Connections:3:Direction"], problems);
        Assert.Equal(version, await app.Store.GetGraphVersionAsync(_ct));
        Assert.Empty(await app.Store.GetNodesAsync(["new-centre"], _ct));
    }

    [Fact]
    public async Task a_personal_identifier_in_any_cell_is_refused_and_nothing_is_stored()
    {
        await using var app = new NetworkGraphApp();

        var (response, body) = await PostAsync(app, app.Token("coordinator"), Elements.Replace("A drop-in centre.", "Ask ana.garcia@example.org", StringComparison.Ordinal), Connections);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = Assert.Single(body!["problems"]!.AsArray())!;
        Assert.Equal("Elements:2:Description", $"{problem["sheet"]}:{problem["row"]}:{problem["column"]}");
        Assert.DoesNotContain("ana.garcia", body.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await app.Store.GetNodesAsync(["new-centre"], _ct));
    }

    [Fact]
    public async Task without_a_token_the_import_is_401_and_a_reader_gets_403()
    {
        await using var app = new NetworkGraphApp();

        var (anonymous, _) = await PostAsync(app, null, Elements, Connections);
        var (forged, _) = await PostAsync(app, TestTokens.Unsigned("admin"), Elements, Connections);
        var (reader, body) = await PostAsync(app, app.Token("reader"), Elements, Connections);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
        Assert.Equal(403, body!["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task a_body_that_is_not_multipart_is_415_and_a_missing_sheet_is_422()
    {
        await using var app = new NetworkGraphApp();

        var (json, _) = await SendAsync(app, app.Token("admin"), new StringContent("{}", Encoding.UTF8, "application/json"));
        using var onlyElements = new MultipartFormDataContent { { new StringContent(Elements), "elements", "elements.csv" } };
        var (missing, body) = await SendAsync(app, app.Token("admin"), onlyElements);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Equal(SpreadsheetLayout.Connections, body!["problems"]![0]!["sheet"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_request_over_the_configured_size_is_413()
    {
        await using var app = new NetworkGraphApp(settings: new Dictionary<string, string> { ["Import:MaxRequestBytes"] = "4096" });
        var big = Elements + string.Concat(Enumerable.Repeat($"x,X,Institution,{new string('d', 100)},MUNICIPAL,NGO,,,,R,,\n", 100));

        var (response, _) = await PostAsync(app, app.Token("admin"), big, Connections);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task the_seed_exported_through_the_layout_imports_back_with_nothing_to_change()
    {
        await using var app = new NetworkGraphApp();
        var (elements, connections) = await ExportAsync(app);

        var (response, body) = await PostAsync(app, app.Token("admin"), elements, connections, dryRun: true);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} {body?.ToJsonString()}");
        Assert.Equal("{}", body!["created"]!.ToJsonString());
        Assert.Equal("{}", body["updated"]!.ToJsonString());
        var snapshot = await app.Store.GetSnapshotAsync(_ct);
        var described = snapshot.Nodes.Count(n => n.Label != NodeLabel.FeedbackItem)
            + snapshot.Relationships.Count(r => SpreadsheetLayout.ConnectionTypes.Contains(r.Type));
        Assert.Equal(described, body["unchanged"]!.GetValue<int>());
    }

    [Fact]
    public async Task an_export_of_one_territory_imports_into_an_empty_store_and_exports_the_same_again()
    {
        await using var seeded = new NetworkGraphApp();
        await using var empty = new NetworkGraphApp(seeded: false);
        var (elements, connections) = await ExportAsync(seeded, "?territory=eastbrook");

        var (response, body) = await PostAsync(empty, empty.Token("admin"), elements, connections);
        var again = await ExportAsync(empty, "?territory=eastbrook");

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} {body?.ToJsonString()}");
        Assert.Equal((elements, connections), again);
    }

    [Fact]
    public async Task a_hand_made_spreadsheet_of_another_territory_imports_and_is_compared_beside_bilbao()
    {
        await using var app = new NetworkGraphApp();
        var (elements, connections) = Example("riverton");

        var (dryRun, report) = await PostAsync(app, app.Token("coordinator"), elements, connections, dryRun: true);
        var (commit, committed) = await PostAsync(app, app.Token("coordinator"), elements, connections);
        var written = committed!["graphVersion"]!.GetValue<long>();
        var profiles = await app.QueryAsync("""
            query($written: Int) { compareTerritories(ids: ["bilbao", "riverton"], minVersion: $written) {
                territory { id illustrative } institutions networks density closedLoopRate gapsBySeverity { key count } } }
            """, new { written });

        Assert.True(dryRun.StatusCode == HttpStatusCode.OK, report?.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);
        Assert.Equal(2, report!["created"]!["Territory"]!.GetValue<int>());
        Assert.Equal(8, report["created"]!["Institution"]!.GetValue<int>());
        var riverton = profiles["compareTerritories"]![1]!;
        Assert.Equal(("riverton", true), (riverton["territory"]!["id"]!.GetValue<string>(), riverton["territory"]!["illustrative"]!.GetValue<bool>()));
        // Riverton's eight institutions act on it (none above the county is in the sheet), in its two networks.
        Assert.Equal((8, 2), (riverton["institutions"]!.GetValue<int>(), riverton["networks"]!.GetValue<int>()));
        Assert.InRange(riverton["density"]!.GetValue<double>(), 0.01, 1);
        Assert.Null(riverton["closedLoopRate"]);
        Assert.Equal("bilbao", profiles["compareTerritories"]![0]!["territory"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task the_template_workbook_downloaded_from_the_service_imports_as_it_is_as_one_xlsx_part()
    {
        await using var app = new NetworkGraphApp();
        using var client = app.CreateClient();
        using var template = await client.GetAsync("/import/template/workbook.xlsx");
        var workbook = new ByteArrayContent(await template.Content.ReadAsByteArrayAsync());
        workbook.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var form = new MultipartFormDataContent { { workbook, "workbook", "networkgraph-import.xlsx" } };

        var (response, body) = await SendAsync(app, app.Token("coordinator"), form, dryRun: true);

        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.Equal("attachment", template.Content.Headers.ContentDisposition?.DispositionType);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body?.ToJsonString());
        Assert.Equal("""{"COVERS":1,"Institution":1,"LOCATED_IN":1,"MEMBER_OF":1,"Network":1}""", body!["created"]!.ToJsonString());
    }
}
