using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Api;

/// <summary>Coordinators edit the graph: optimistic concurrency, refusals that name the field, deletes that protect links.</summary>
public sealed class GraphEditingApiTests : IAsyncLifetime
{
    private readonly NetworkGraphApp _app = new();
    private string _coordinator = "";

    public Task InitializeAsync()
    {
        _coordinator = _app.Token("coordinator");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task of_two_updates_with_the_same_expected_version_exactly_one_wins_and_the_other_gets_conflict()
    {
        var version = (await _app.QueryAsync("""{ institution(id: "lanbide") { version } }"""))["institution"]!["version"]!.GetValue<int>();
        string Update(string text) => $$"""mutation { updateInstitution(input: { id: "lanbide", expectedVersion: {{version}}, description: "{{text}}" }) { version description } }""";

        var results = await Task.WhenAll(
            Task.Run(() => _app.PostAsync(Update("First edit."), token: _coordinator)),
            Task.Run(() => _app.PostAsync(Update("Second edit."), token: _coordinator)));

        var codes = results.Select(r => r.Body["errors"] is null ? "OK" : r.Body.ErrorCode()).Order().ToList();
        Assert.Equal(["CONFLICT", "OK"], codes);
        var winner = results.Single(r => r.Body["errors"] is null).Body["data"]!["updateInstitution"]!;
        Assert.Equal(version + 1, winner["version"]!.GetValue<int>());
        var stored = await _app.QueryAsync("""{ institution(id: "lanbide") { version description } }""");
        Assert.Equal(winner.ToJsonString(), stored["institution"]!.ToJsonString());
    }

    [Fact]
    public async Task an_update_with_a_stale_version_gets_conflict()
    {
        var (_, body) = await _app.PostAsync(
            """mutation { updateInstitution(input: { id: "lanbide", expectedVersion: 99, description: "x" }) { id } }""", token: _coordinator);

        Assert.Equal("CONFLICT", body.ErrorCode());
    }

    [Theory]
    [InlineData("""mutation { escalateFeedback(input: { id: "demo-fb-labour-rights-information", networkId: "sfw-exchange-visit-bilbao-2025" }) { id } }""",
        "BAD_USER_INPUT", "'input.networkId' must name a Network; 'sfw-exchange-visit-bilbao-2025' is a Meeting.")]
    [InlineData("""mutation { putMembership(input: { institutionId: "housing", networkId: "harreragune-coordination", role: MEMBER }) { id } }""",
        "BAD_USER_INPUT", "'input.institutionId' must name a Institution; 'housing' is a Theme.")]
    [InlineData("""mutation { putMembership(input: { institutionId: "smus", networkId: "no-such-table", role: MEMBER }) { id } }""",
        "NOT_FOUND", "'input.networkId' names 'no-such-table', which does not exist.")]
    [InlineData("""mutation { createTheme(input: { name: "x", description: "d", expectedLevels: [GALACTIC] }) { id } }""",
        "BAD_USER_INPUT", null)]
    [InlineData("""mutation { createTheme(input: { description: "d", expectedLevels: [MUNICIPAL] }) { id } }""",
        "BAD_USER_INPUT", null)]
    public async Task bad_input_is_refused_naming_the_field_and_nothing_is_stored(string document, string code, string? message)
    {
        var (_, body) = await _app.PostAsync(document, token: _coordinator);

        Assert.Equal(code, body.ErrorCode());
        if (message is not null)
        {
            Assert.Equal(message, body.ErrorMessage());
        }
        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task text_over_the_documented_limit_is_bad_user_input()
    {
        var (_, body) = await _app.PostAsync(
            "mutation($name: String!) { createTheme(input: { name: $name, description: \"d\", expectedLevels: [MUNICIPAL] }) { id } }",
            new { name = new string('a', 201) }, token: _coordinator);

        Assert.Equal("BAD_USER_INPUT", body.ErrorCode());
        Assert.Contains("'input.name'", body.ErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task deleting_a_node_others_point_to_is_refused_unless_asked_to_detach()
    {
        var (_, refused) = await _app.PostAsync("""mutation { deleteInstitution(input: { id: "smus" }) { id } }""", token: _coordinator);
        var detached = await _app.QueryAsync("""mutation { deleteInstitution(input: { id: "smus", detach: true }) { id } }""", token: _coordinator);

        Assert.Equal("CONFLICT", refused.ErrorCode());
        Assert.Contains("detach", refused.ErrorMessage(), StringComparison.Ordinal);
        Assert.Equal("smus", detached["deleteInstitution"]!["id"]!.GetValue<string>());
        Assert.Null((await _app.QueryAsync("""{ node(id: "smus") { id } }"""))["node"]);
    }

    [Fact]
    public async Task a_created_institution_gets_a_slug_from_its_name_and_the_audit_trail_records_who_did_it()
    {
        var created = await _app.QueryAsync(
            """mutation { createInstitution(input: { name: "Asociación Peñascal Joven", kind: NGO, level: MUNICIPAL, description: "d" }) { id version } }""",
            token: _coordinator);
        var audit = await _app.QueryAsync("""{ auditEvents(where: { nodeId: "asociacion-penascal-joven" }) { nodes { operation actorRoles nodeIds versionsAfter { nodeId version } } } }""",
            token: _app.Token("admin"));

        Assert.Equal("""{"id":"asociacion-penascal-joven","version":1}""", created["createInstitution"]!.ToJsonString());
        Assert.Equal(
            """[{"operation":"createInstitution","actorRoles":["coordinator"],"nodeIds":["asociacion-penascal-joven"],"versionsAfter":[{"nodeId":"asociacion-penascal-joven","version":1}]}]""",
            audit["auditEvents"]!["nodes"]!.ToJsonString());
    }

    [Fact]
    public async Task only_admins_read_the_audit_trail()
    {
        var (_, body) = await _app.PostAsync("{ auditEvents { totalCount } }", token: _coordinator);

        Assert.Equal("FORBIDDEN", body.ErrorCode());
    }

    [Fact]
    public async Task import_is_all_or_nothing()
    {
        const string json = """
            { "nodes": [ { "label": "Theme", "id": "digital-access", "name": "Digital access", "description": "d", "expectedLevels": ["MUNICIPAL"], "sources": [ { "title": "t" } ] } ],
              "relationships": [ { "type": "COVERS", "from": "harreragune-coordination", "to": "digital-access", "sources": [ { "title": "t" } ] },
                                 { "type": "COVERS", "from": "no-such-network", "to": "digital-access", "sources": [ { "title": "t" } ] } ] }
            """;

        var (_, body) = await _app.PostAsync("mutation($json: String!) { importGraph(input: { json: $json }) { nodesCreated } }", new { json }, token: _app.Token("admin"));

        Assert.Equal("BAD_USER_INPUT", body.ErrorCode());
        Assert.Contains("relationships[1]", body.ErrorMessage(), StringComparison.Ordinal);
        Assert.Null((await _app.QueryAsync("""{ node(id: "digital-access") { id } }"""))["node"]);
    }

    private async Task<int> AuditCountAsync() =>
        (await _app.QueryAsync("{ auditEvents { totalCount } }", token: _app.Token("admin")))["auditEvents"]!["totalCount"]!.GetValue<int>();
}
