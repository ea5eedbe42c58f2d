using System.Text;
using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Neo4j.Cypher;
using static NetworkGraph.Tests.Neo4j.QueryApiReplies;

namespace NetworkGraph.Tests.Neo4j;

public sealed class Neo4jQueryApiReadTests
{
    [Fact]
    public async Task a_read_posts_one_typed_json_statement_and_reads_typed_values_back()
    {
        var stub = new QueryApiStub().Reply(Rows(["n"], [[GraphNode("lanbide", "Institution", 3,
            ("name", Text("Lanbide – Servicio Vasco de Empleo")),
            ("largest", Integer(long.MaxValue)),
            ("wholeDouble", Float("2.0")),
            ("open", Boolean(true)),
            ("expectedLevels", List(Text("REGIONAL"), Text("NATIONAL"))),
            ("noLevels", List()))]]));

        var node = Assert.Single(await StubbedNeo4j.Store(stub).GetNodesAsync(["lanbide"], CancellationToken.None));

        Assert.Equal(("lanbide", NodeLabel.Institution, 3L), (node.Id, node.Label, node.Version));
        Assert.Equal("Lanbide – Servicio Vasco de Empleo", node.GetString("name"));
        Assert.Equal(long.MaxValue, node.Properties["largest"]);
        Assert.Equal(2.0, Assert.IsType<double>(node.Properties["wholeDouble"]));
        Assert.Equal(true, node.Properties["open"]);
        Assert.Equal(["REGIONAL", "NATIONAL"], node.GetStrings("expectedLevels"));
        Assert.Empty(node.GetStrings("noLevels"));
        Assert.DoesNotContain("searchText", node.Properties.Keys);
        var request = Assert.Single(stub.Requests);
        Assert.Equal((HttpMethod.Post, "/db/neo4j/query/v2"), (request.Method, request.Path));
        Assert.Equal("application/vnd.neo4j.query", request.Header("Content-Type"));
        Assert.Equal("application/vnd.neo4j.query", request.Header("Accept"));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:bilbao-secret")), request.Header("Authorization"));
        Assert.Equal(Statements.GetNodes.Text, request.Statement);
        Assert.Equal("Read", request.Json.GetProperty("accessMode").GetString());
        Assert.Equal(
            """{"ids":{"$type":"List","_value":[{"$type":"String","_value":"lanbide"}]}}""",
            request.Json.GetProperty("parameters").GetRawText());
    }

    [Fact]
    public async Task parameters_travel_as_typed_json_so_longs_and_whole_doubles_keep_their_type()
    {
        var stub = new QueryApiStub().Reply(Rows(["total", "nodes"], [[Integer(0), List()]]));

        await StubbedNeo4j.Store(stub).FindNodesAsync(new NodeQuery { Label = NodeLabel.Theme, First = 2 }, CancellationToken.None);

        var parameters = Assert.Single(stub.Requests).Json.GetProperty("parameters");
        Assert.Equal("""{"$type":"Integer","_value":"3"}""", parameters.GetProperty("limit").GetRawText());
        Assert.Equal("""{"$type":"String","_value":"Theme"}""", parameters.GetProperty("label").GetRawText());
        Assert.Equal("""{"$type":"Null","_value":null}""", parameters.GetProperty("after").GetRawText());
    }

    [Fact]
    public async Task a_bearer_token_is_sent_as_bearer_authorization()
    {
        var stub = new QueryApiStub().Reply(Single("version", Integer(7)));
        var options = StubbedNeo4j.Options with { User = null, Password = null, BearerToken = "sso-token-for-planners" };

        Assert.Equal(7, await StubbedNeo4j.Store(stub, options).GetGraphVersionAsync(CancellationToken.None));

        Assert.Equal("Bearer sso-token-for-planners", Assert.Single(stub.Requests).Header("Authorization"));
    }

    [Fact]
    public async Task ensure_schema_picks_the_statements_of_the_server_version_then_creates_the_graph_version_then_fills_missing_search_terms()
    {
        var stub = new QueryApiStub().Reply(Single("version", Text("5.26.0")));
        foreach (var _ in SchemaStatements.Neo4j5)
        {
            stub.Reply(Rows([], []));
        }
        stub.Reply(Single("version", Integer(0)));
        stub.Reply(Rows(["n"], []));

        await StubbedNeo4j.Store(stub).EnsureSchemaAsync(CancellationToken.None);

        Assert.Equal(
            [Statements.ServerVersion.Text, .. SchemaStatements.Neo4j5.Select(s => s.Text), Statements.EnsureGraphMeta.Text,
                Statements.NodesWithoutSearchTerms.Text],
            stub.Requests.Select(request => request.Statement));
    }

    [Theory]
    [InlineData("5.26.0", "Schema5")]
    [InlineData("2025.01.0", "Schema5")]
    [InlineData("4.4.12", "Schema5")]
    [InlineData("3.1.1", "Schema3")]
    public void schema_statements_follow_the_server_version(string version, string prefix) =>
        Assert.All(SchemaStatements.For(version), statement => Assert.StartsWith(prefix + ".", statement.Name, StringComparison.Ordinal));

    [Theory]
    [InlineData("4.3.0")]
    [InlineData("2.3.1")]
    [InlineData("dev")]
    public void servers_without_a_schema_table_are_refused_with_the_version(string version) =>
        Assert.Contains(version, Assert.Throws<NotSupportedException>(() => SchemaStatements.For(version)).Message, StringComparison.Ordinal);
}
