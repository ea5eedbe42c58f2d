using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Live;
using NetworkGraph.Api.Observability;
using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Sqlite;

namespace NetworkGraph.Tests.Support;

/// <summary>The whole service in process, on a fresh in-memory store seeded from seed/, with round trips counted.</summary>
public sealed class NetworkGraphApp(
    bool seeded = true,
    bool anonymousRead = true,
    string environment = "Testing",
    IReadOnlyDictionary<string, string>? settings = null,
    Func<IGraphStore, IGraphStore>? wrapStore = null,
    Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Issuer = "networkgraph-tests";
    public const string Audience = "networkgraph-tests-api";
    public const string SigningKey = "tests-only-signing-key-long-enough-for-hs512-0123456789-abcdefghijklmnop";

    public CountingGraphStore Store => Services.GetRequiredService<CountingGraphStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Store:Sqlite:Path", ":memory:");
        builder.UseSetting("Seed:LoadWhenEmpty", seeded ? "true" : "false");
        builder.UseSetting("Auth:Issuer", Issuer);
        builder.UseSetting("Auth:Audience", Audience);
        builder.UseSetting("Auth:SigningKey", SigningKey);
        builder.UseSetting("Auth:SigningKeyIsDevelopmentKey", "true");
        builder.UseSetting("Auth:AllowAnonymousRead", anonymousRead ? "true" : "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(collection =>
        {
            collection.AddSingleton(provider => new CountingGraphStore(
                provider.GetRequiredService<SqliteGraphStore>(), provider.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>()));
            collection.AddSingleton<IGraphStore>(provider =>
                wrapStore is null ? provider.GetRequiredService<CountingGraphStore>() : wrapStore(provider.GetRequiredService<CountingGraphStore>()));
            // What the service wraps its store in, put back around the store replaced here, in the service's order:
            // local writes signalled (the analysis builder, the change feed, the result cache), round trips measured.
            SignallingGraphStore.Decorate(collection);
            RoundTripCountingGraphStore.Decorate(collection);
            services?.Invoke(collection);
        });
    }

    /// <summary>A token signed with the test key, as the token command mints it.</summary>
    public string Token(string role, string? org = null) =>
        Services.GetRequiredService<NetworkGraph.Api.Auth.TokenIssuer>().Issue([role], org);

    /// <summary>A POST to /graphql; <paramref name="acceptLanguage"/>, when given, is sent as the Accept-Language header as written.</summary>
    public async Task<(HttpResponseMessage Response, JsonNode Body)> PostAsync(
        string query, object? variables = null, string accept = GraphQLResponse, string? token = null, string? acceptLanguage = null)
    {
        using var client = CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }
        var response = await client.SendAsync(request);
        return (response, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    /// <summary>Posts a query that must succeed, and returns its data.</summary>
    public async Task<JsonNode> QueryAsync(string query, object? variables = null, string? token = null)
    {
        var (response, body) = await PostAsync(query, variables, token: token);
        Assert.True(body["errors"] is null, $"Unexpected errors: {body["errors"]}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return body["data"]!;
    }

    /// <summary>Runs a mutation that must succeed as a coordinator, and returns the graph version it committed.</summary>
    public async Task<long> WriteAsync(string mutation)
    {
        var (_, body) = await PostAsync(mutation, token: Token("coordinator"));
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["extensions"]!["graphVersion"]!.GetValue<long>();
    }

    /// <summary>Waits (up to 10 s, else fails) until the published analysis, and with <paramref name="ranking"/> the brokers, reflect the graph's version.</summary>
    public async Task AnalysisCaughtUpAsync(bool ranking = false)
    {
        JsonNode? status = null;
        for (var attempt = 0; attempt < 400; attempt++)
        {
            status = (await QueryAsync("{ analysis { graphVersion analysedVersion betweenness { version } } }"))["analysis"]!;
            var version = status["graphVersion"]!.GetValue<long>();
            if (status["analysedVersion"]!.GetValue<long>() == version && (!ranking || status["betweenness"]!["version"]!.GetValue<long>() == version))
            {
                return;
            }
            await Task.Delay(25);
        }
        Assert.Fail($"The analysis did not catch up with the graph within 10 s: {status?.ToJsonString()}");
    }
}
