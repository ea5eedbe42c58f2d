using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Sqlite;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Support.SeedFacts;

namespace NetworkGraph.Tests.Api;

/// <summary>The built service as its own process, over a real loopback socket, on a data file that outlives it.</summary>
public sealed class RealServerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("networkgraph-").FullName;

    private string DataFile => Path.Combine(_folder, "networkgraph.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task the_first_start_seeds_the_store_and_answers_the_harreragune_query_over_http()
    {
        await using var server = await RealServer.StartAsync(DataFile);

        var body = await PostAsync(server, $$"""{ institution(id: "{{Harreragune}}") { name level memberships { role network { id name } } } }""");

        Assert.Equal(HarreraguneName, body["data"]!["institution"]!["name"]!.GetValue<string>());
        Assert.Contains("The store was empty: seeded", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task restarting_keeps_all_data_and_never_loads_the_seed_twice()
    {
        const string counts = "{ institutions { totalCount } networks { totalCount } institution(id: \"lanbide\") { version createdAt } }";
        const string penascal = $$"""{ node(id: "{{PenascalCooperative}}") { id } }""";
        string before;
        await using (var first = await RealServer.StartAsync(DataFile))
        {
            before = (await PostAsync(first, counts))["data"]!.ToJsonString();
        }
        // While the service is down, remove one seeded institution: a reseed would bring it back.
        await using (var store = new SqliteGraphStore(SqliteStoreOptions.ForFile(DataFile), TimeProvider.System))
        {
            await store.WriteAsync(WriteBatch.Of(new DeleteNode(PenascalCooperative, null, Detach: true)), CancellationToken.None);
        }

        await using var second = await RealServer.StartAsync(DataFile);
        var after = await PostAsync(second, counts);

        Assert.DoesNotContain("seeded", second.Output, StringComparison.Ordinal);
        Assert.Equal("""{"node":null}""", (await PostAsync(second, penascal))["data"]!.ToJsonString());
        var expected = JsonNode.Parse(before)!;
        expected["institutions"]!["totalCount"] = expected["institutions"]!["totalCount"]!.GetValue<int>() - 1;
        Assert.Equal(expected.ToJsonString(), after["data"]!.ToJsonString());
    }

    [Fact]
    public async Task the_seed_command_is_idempotent()
    {
        var (firstExit, firstOutput) = await RealServer.RunCommandAsync(["seed", $"--Store:Sqlite:Path={DataFile}", .. RealServer.TestAuth]);
        var (secondExit, secondOutput) = await RealServer.RunCommandAsync(["seed", $"--Store:Sqlite:Path={DataFile}", .. RealServer.TestAuth]);

        Assert.Equal(0, firstExit);
        Assert.Matches("Seeded [1-9][0-9]* nodes and [1-9][0-9]* relationships; 0 nodes were already present", firstOutput);
        Assert.Equal(0, secondExit);
        Assert.Matches("Seeded 0 nodes and 0 relationships; [1-9][0-9]* nodes were already present", secondOutput);
    }

    [Fact]
    public async Task a_malformed_seed_stops_the_service_with_the_file_the_entry_and_the_problem()
    {
        var seedFolder = Directory.CreateDirectory(Path.Combine(_folder, "seed")).FullName;
        await File.WriteAllTextAsync(Path.Combine(seedFolder, "bilbao.json"), """
            { "nodes": [ { "label": "Theme", "id": "housing", "name": "Housing", "description": "d", "expectedLevels": ["CITY"],
                           "sources": [ { "title": "t" } ] } ] }
            """);

        await File.WriteAllTextAsync(Path.Combine(seedFolder, "illustrative-feedback.json"), """{ "illustrative": true, "nodes": [] }""");

        var (exit, output) = await RealServer.RunCommandAsync(["seed", "--check", $"--Seed:Directory={seedFolder}", "--Seed:Files=bilbao.json,illustrative-feedback.json", .. RealServer.TestAuth]);

        Assert.True(exit == 2, output);
        Assert.Contains("bilbao.json: nodes[0] (id 'housing'): property 'expectedLevels' 'CITY' is not a GovernanceLevel", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_token_command_mints_only_with_a_key_marked_for_development()
    {
        string[] productionKey = [.. RealServer.TestAuth.Select(a => a == "--Auth:SigningKeyIsDevelopmentKey=true" ? "--Auth:SigningKeyIsDevelopmentKey=false" : a)];

        var (refusedExit, refusedOutput) = await RealServer.RunCommandAsync(["token", "--role", "reader", .. productionKey]);
        var (mintedExit, token) = await RealServer.RunCommandAsync(["token", "--role", "ngo", "--org", "arrupe-etxea", .. RealServer.TestAuth]);
        await using var server = await RealServer.StartAsync(DataFile);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ feedbackItems { totalCount } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.Trim());
        using var response = await server.Client.SendAsync(request);

        Assert.Equal(2, refusedExit);
        Assert.Contains("development key", refusedOutput, StringComparison.Ordinal);
        Assert.Equal(0, mintedExit);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"totalCount\":2", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task seed_files_given_on_the_command_line_replace_the_default_list()
    {
        var seedFolder = Directory.CreateDirectory(Path.Combine(_folder, "seed")).FullName;
        await File.WriteAllTextAsync(Path.Combine(seedFolder, "only.json"), """
            { "nodes": [ { "label": "Theme", "id": "housing", "name": "Housing", "description": "d", "expectedLevels": ["MUNICIPAL"],
                           "sources": [ { "title": "t" } ] } ] }
            """);

        var (exit, output) = await RealServer.RunCommandAsync(
            ["seed", "--check", $"--Seed:Directory={seedFolder}", "--Seed:Files=only.json", .. RealServer.TestAuth]);

        Assert.True(exit == 0, output);
        Assert.Contains("is valid: 1 nodes, 0 relationships.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_malformed_seed_on_first_start_stops_the_service_with_a_message_and_no_stack_trace()
    {
        var seedFolder = Directory.CreateDirectory(Path.Combine(_folder, "seed")).FullName;
        await File.WriteAllTextAsync(Path.Combine(seedFolder, "bilbao.json"), """{ "nodes": [ { "label": "Theme", "id": "x" } ] }""");
        await File.WriteAllTextAsync(Path.Combine(seedFolder, "illustrative-feedback.json"), """{ "illustrative": true, "nodes": [] }""");

        var (exit, output) = await RealServer.RunCommandAsync(
            [$"--Store:Sqlite:Path={DataFile}", $"--Seed:Directory={seedFolder}", "--Seed:Files=bilbao.json,illustrative-feedback.json", "--Urls=http://127.0.0.1:0", .. RealServer.TestAuth]);

        Assert.True(exit == 2, output);
        Assert.Contains("NetworkGraph cannot start: The seed is malformed:", output, StringComparison.Ordinal);
        Assert.Contains("bilbao.json: nodes[0] (id 'x'): property 'name' is required", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    private static async Task<JsonNode> PostAsync(RealServer server, string query)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var response = await server.Client.PostAsync("/graphql", content);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.StatusCode == HttpStatusCode.OK && body["errors"] is null, body.ToJsonString());
        return body;
    }

    [Fact]
    public async Task a_body_sent_without_a_length_is_read_whole_and_held_to_the_same_limit()
    {
        await using var server = await RealServer.StartAsync(DataFile);

        var small = await PostChunkedAsync(server, JsonSerializer.Serialize(new { query = "{ institution(id: \"harreragune\") { name } }" }));
        var large = await PostChunkedAsync(server, JsonSerializer.Serialize(new { query = "{ __typename }", variables = new { text = new string('x', 200 * 1024) } }));

        Assert.Equal(HttpStatusCode.OK, small.Status);
        Assert.Equal("Harreragune", small.Body["data"]!["institution"]!["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, large.Status);
        Assert.Equal("GraphQL:MaxRequestBytes", large.Body["errors"]![0]!["extensions"]!["limit"]!.GetValue<string>());
    }

    /// <summary>A body streamed in pieces with no Content-Length, as a client sends one it has not measured.</summary>
    private static async Task<(HttpStatusCode Status, JsonNode Body)> PostChunkedAsync(RealServer server, string json)
    {
        using var content = new StreamContent(new UnmeasuredStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await server.Client.SendAsync(request);
        Assert.Null(request.Content.Headers.ContentLength);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private sealed class UnmeasuredStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 4096));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
