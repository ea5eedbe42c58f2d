using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetworkGraph.Store.Neo4j.Cypher;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Support.SeedFacts;

namespace NetworkGraph.Tests.Hosting;

/// <summary>The built service started on Store:Provider=Neo4j, against a loopback Query API or none.</summary>
public sealed class Neo4jHostingTests : IDisposable
{
    private const string HarreraguneQuery = $$"""{ institution(id: "{{Harreragune}}") { name } }""";
    private const string HarreraguneData = $$$$"""{"data":{"institution":{"name":"{{{{HarreraguneName}}}}"}}}""";

    private readonly string _folder = Directory.CreateTempSubdirectory("networkgraph-neo4j-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task on_neo4j_the_service_creates_the_schema_on_start_and_rides_out_an_outage_by_itself()
    {
        await using var neo4j = await LoopbackNeo4j.StartAsync();
        await using var server = await RealServer.StartAsync(
            Path.Combine(_folder, "unused.db"), "--Store:Provider=Neo4j", $"--Neo4j:Uri={neo4j.Uri}", "--Neo4j:Password=stub-secret");

        Assert.All(SchemaStatements.Neo4j5, schema => Assert.Contains(schema.Text, neo4j.Statements));
        Assert.Equal(HttpStatusCode.OK, await ReadyAsync(server));
        Assert.Equal(HarreraguneData, (await PostAsync(server, HarreraguneQuery)).ToJsonString());

        neo4j.Down = true;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await ReadyAsync(server));
        var failed = await PostAsync(server, HarreraguneQuery);
        Assert.Equal("STORE_UNAVAILABLE", failed["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());

        neo4j.Down = false;
        Assert.Equal(HttpStatusCode.OK, await ReadyAsync(server));
        Assert.Equal(HarreraguneData, (await PostAsync(server, HarreraguneQuery)).ToJsonString());
        Assert.False(File.Exists(Path.Combine(_folder, "unused.db")), "the SQLite store was opened although the provider is Neo4j");
    }

    [Fact]
    public async Task an_unreachable_neo4j_stops_the_start_after_the_bounded_wait_naming_neo4j_uri()
    {
        var closed = $"http://127.0.0.1:{ClosedPort()}";

        var (exit, output) = await RealServer.RunCommandAsync(
            ["--Urls=http://127.0.0.1:0", "--Store:Provider=Neo4j", $"--Neo4j:Uri={closed}", "--Neo4j:Password=secret", "--Neo4j:StartupWait=00:00:03",
            .. RealServer.TestAuth]);

        Assert.True(exit == 2, output);
        Assert.Contains($"NetworkGraph cannot start: Neo4j at {closed} (Neo4j:Uri) is not usable after", output, StringComparison.Ordinal);
        Assert.Contains("Neo4j:StartupWait is 00:00:03", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Store:Provider=Postgres", "Store:Provider must be 'Sqlite' or 'Neo4j' (got 'Postgres').")]
    [InlineData("--Neo4j:Uri=bolt//localhost", "Neo4j:Uri must be the server's absolute http or https address, such as http://localhost:7474 (got 'bolt//localhost').")]
    [InlineData("--Neo4j:Password=", "Neo4j:Password must be set when Neo4j:User is.")]
    [InlineData("--Neo4j:Timeout=ten seconds", "Neo4j:Timeout must be a duration such as 00:00:10 (got 'ten seconds').")]
    public async Task a_bad_store_setting_stops_the_start_with_a_message_naming_it(string setting, string message)
    {
        // The defaults name a user (neo4j); each case spoils one setting of an otherwise usable configuration.
        string[] neo4j = ["--Store:Provider=Neo4j", "--Neo4j:Uri=http://127.0.0.1:7474", "--Neo4j:Password=secret"];

        var (exit, output) = await RealServer.RunCommandAsync(
            ["--Urls=http://127.0.0.1:0", $"--Store:Sqlite:Path={Path.Combine(_folder, "unused.db")}", .. neo4j, setting, .. RealServer.TestAuth]);

        Assert.True(exit == 2, output);
        Assert.Contains("NetworkGraph cannot start: ", output, StringComparison.Ordinal);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> ReadyAsync(RealServer server)
    {
        using var response = await server.Client.GetAsync("/health/ready");
        return response.StatusCode;
    }

    private static async Task<JsonNode> PostAsync(RealServer server, string query)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var response = await server.Client.PostAsync("/graphql", content);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>A loopback port nothing listens on: taken from the system, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
