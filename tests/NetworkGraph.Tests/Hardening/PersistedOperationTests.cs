using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Execution;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Hardening;

/// <summary>Documents called by their SHA-256: the deployed example operations, and APQ where it is allowed.</summary>
public sealed class PersistedOperationTests : IAsyncLifetime
{
    private readonly NetworkGraphApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static string DashboardHash => PersistedOperations.Hash(File.ReadAllText(Path.Combine(RepositoryPaths.Operations, "Dashboard.graphql")));

    private static object Persisted(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    [Fact]
    public async Task an_example_operation_runs_by_its_hash()
    {
        var (status, answer, _) = await _app.PostRawAsync(
            System.Text.Json.JsonSerializer.Serialize(new { extensions = Persisted(DashboardHash) }));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(answer["data"]!["dashboard"]!["institutions"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task an_example_operation_runs_by_its_document_id()
    {
        var (status, answer, _) = await _app.PostRawAsync($$"""{"documentId":"sha256:{{DashboardHash}}"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(answer["data"]!["dashboard"]);
    }

    [Fact]
    public async Task an_example_operation_runs_by_its_hash_over_get()
    {
        using var client = _app.CreateClient();
        var extensions = Uri.EscapeDataString(System.Text.Json.JsonSerializer.Serialize(Persisted(DashboardHash)));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?extensions={extensions}");
        request.Headers.Add("GraphQL-Require-Preflight", "1");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(NetworkGraphApp.GraphQLResponse));

        var response = await client.SendAsync(request);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(answer["data"]!["dashboard"]);
    }

    [Fact]
    public void every_example_operation_is_registered()
    {
        var registered = _app.Services.GetRequiredService<PersistedOperations>().Deployed.Keys;

        var expected = Directory.EnumerateFiles(RepositoryPaths.Operations, "*.graphql").Select(f => PersistedOperations.Hash(File.ReadAllText(f)));

        Assert.Equal(expected.Order(), registered.Order());
    }

    [Fact]
    public async Task an_unknown_hash_is_refused_when_clients_may_not_register_documents()
    {
        var (status, answer, _) = await _app.PostQueryAsync(null!, extensions: Persisted(new string('a', 64)));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("PERSISTED_QUERY_NOT_SUPPORTED", answer.Code());
    }

    [Fact]
    public async Task a_document_sent_with_a_hash_it_does_not_have_is_refused()
    {
        var (status, answer, _) = await _app.PostQueryAsync("{ __typename }", extensions: Persisted(DashboardHash));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The document's SHA-256 does not match the hash sent with it.", answer.Message());
    }

    [Theory]
    [InlineData("""{"documentId":"md5:abc"}""")]
    [InlineData("""{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"NOT-HEX"}}}""")]
    [InlineData("""{"extensions":{"persistedQuery":"yes"}}""")]
    public async Task a_malformed_hash_is_a_bad_request(string body)
    {
        var (status, answer, _) = await _app.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BAD_REQUEST", answer.Code());
        await _app.AssertHealthyAndUnwrittenAsync();
    }

    [Fact]
    public async Task with_automatic_persisted_queries_a_client_registers_a_document_then_calls_it_by_hash()
    {
        using var app = _app.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:Limits:PersistedOperations:AllowAutomaticPersistedQueries", "true"));
        const string query = "{ institutions { totalCount } }";
        var hash = PersistedOperations.Hash(query);

        var (_, unknown, _) = await app.PostQueryAsync(null!, extensions: Persisted(hash));
        var (_, registered, _) = await app.PostQueryAsync(query, extensions: Persisted(hash));
        var (status, byHash, _) = await app.PostQueryAsync(null!, extensions: Persisted(hash));

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknown.Code());
        Assert.Null(registered["errors"]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(registered["data"]!.ToJsonString(), byHash["data"]!.ToJsonString());
    }
}
