using System.Net;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Auth;
using NetworkGraph.Api.Execution;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Hardening;

/// <summary>
/// A document already validated for the caller's access profile runs with the cached rule list: its answers, for
/// new variables as much as for the ones it was first seen with, must be exactly those of a server that validates
/// every request in full.
/// </summary>
public sealed class CachedDocumentTests(CachedDocumentTests.Servers servers) : IClassFixture<CachedDocumentTests.Servers>
{
    /// <summary>One server that caches documents, and one whose document caches are off (every request in full).</summary>
    public sealed class Servers : IAsyncLifetime
    {
        public NetworkGraphApp Caching { get; } = new();

        public WebApplicationFactory<Program> Full { get; private set; } = null!;

        public Task InitializeAsync()
        {
            Full = Caching.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:Limits:DocumentCacheSize", "0"));
            return Task.CompletedTask;
        }

        public async Task DisposeAsync()
        {
            await Full.DisposeAsync();
            await Caching.DisposeAsync();
        }
    }

    private const string Fragments = """
        query WithFragments($id: ID!, $withMembers: Boolean!, $first: Int) {
          institution(id: $id) { ...Named memberships { network { ...Named members @include(if: $withMembers) { role } } } }
          again: institution(id: $id) { ...Named }
          node(id: $id) { id ... on Institution { level } ... on Network { kind } }
          ...Lists
        }
        fragment Lists on Query {
          institutions(first: $first, where: { levels: [MUNICIPAL] }) { totalCount nodes { ...Named } }
          search(text: "bilbao", first: $first) { id }
        }
        fragment Named on Node { id ... on Institution { name } ... on Network { name } }
        """;

    private const string NullableVariables = """
        query Nullable($first: Int, $where: InstitutionWhere, $after: String) {
          institutions(first: $first, after: $after, where: $where) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
        }
        """;

    private const string DefaultedId = """
        query Defaulted($id: ID = "harreragune") { institution(id: $id) { name } }
        """;

    private const string DirectivesAndIntrospection = """
        query Switches($skipName: Boolean = false, $type: String!) {
          institution(id: "harreragune") { id name @skip(if: $skipName) level @include(if: true) }
          __type(name: $type) { name kind }
          __typename
        }
        """;

    public static TheoryData<string, string, string?, string?> Documents()
    {
        var data = new TheoryData<string, string, string?, string?>
        {
            { "fragments, same variables", Fragments, """{"id":"harreragune","withMembers":true,"first":3}""", """{"id":"harreragune","withMembers":true,"first":3}""" },
            { "fragments, new variables", Fragments, """{"id":"harreragune","withMembers":true,"first":3}""", """{"id":"lanbide","withMembers":false,"first":1}""" },
            { "fragments, a network this time", Fragments, """{"id":"harreragune","withMembers":true}""", """{"id":"harreragune-coordination","withMembers":true}""" },
            { "nullable variables given, then left out", NullableVariables, """{"first":2,"where":{"levels":["REGIONAL"]}}""", "{}" },
            { "nullable variables left out, then given", NullableVariables, "{}", """{"first":1,"where":{"nameContains":"penascal","kinds":["NGO"]},"after":null}""" },
            { "a nullable variable given as null", NullableVariables, """{"first":5}""", """{"first":null,"where":null}""" },
            { "directives and introspection", DirectivesAndIntrospection, """{"type":"Institution"}""", """{"type":"GovernanceLevel","skipName":true}""" },
            { "a missing non-null variable", Fragments, """{"id":"harreragune","withMembers":true}""", """{"withMembers":true}""" },
            { "a variable of the wrong type", Fragments, """{"id":"harreragune","withMembers":true}""", """{"id":"harreragune","withMembers":"yes"}""" },
            { "an unknown enum value in an input object", NullableVariables, "{}", """{"where":{"levels":["GALACTIC"]}}""" },
            { "a nullable variable with a default, sent as null where an id is required", DefaultedId, "{}", """{"id":null}""" },
            { "a nullable variable with a default, given", DefaultedId, "{}", """{"id":"lanbide"}""" },
            { "a list variable, new ids", "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", """{"ids":["harreragune"]}""", """{"ids":["lanbide","smus","harreragune"]}""" },
            { "a page size over the limit", NullableVariables, """{"first":1}""", """{"first":1000}""" },
            { "a forged cursor", NullableVariables, "{}", """{"after":"not-a-cursor"}""" },
        };
        var operations = RepositoryPaths.Operations;
        foreach (var file in Directory.GetFiles(operations, "*.graphql").Order(StringComparer.Ordinal))
        {
            var query = File.ReadAllText(file);
            // Mutations write and subscriptions stream: the queries are what a cached document answers again.
            if (query.Contains("mutation", StringComparison.Ordinal) || query.Contains("subscription", StringComparison.Ordinal))
            {
                continue;
            }
            data.Add($"{Path.GetFileNameWithoutExtension(file)} with its defaults", query, null, null);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task a_cached_document_answers_exactly_as_one_validated_in_full(string name, string query, string? firstVariables, string? thenVariables)
    {
        var token = servers.Caching.Token(Roles.Reader, "planner-caching");
        var first = await servers.Caching.PostQueryAsync(query, Variables(firstVariables), token: token);
        Assert.True(first.Status == HttpStatusCode.OK, $"{name}: the first request answered {(int)first.Status}: {first.Body.ToJsonString()}");
        // The second request must take the cached path, or this would compare full validation with itself.
        var documents = servers.Caching.Services.GetRequiredService<DocumentCache>();
        Assert.True(documents.Admit(query, null).Operation!.ValidatedFor("token:reader"), $"{name}: not remembered as validated");

        var fullToken = servers.Full.Token(Roles.Reader, "planner-caching");
        var full = await servers.Full.PostQueryAsync(query, Variables(thenVariables), token: fullToken);
        var fullFirst = await servers.Full.PostQueryAsync(query, Variables(firstVariables), token: fullToken);

        // Then, again (a result the operation may recall), and back to the first variables (one it must not).
        foreach (var (variables, expected) in new[] { (thenVariables, full), (thenVariables, full), (firstVariables, fullFirst) })
        {
            var cached = await servers.Caching.PostQueryAsync(query, Variables(variables), token: token);
            Assert.Equal(expected.Status, cached.Status);
            Assert.Equal(expected.Body.ToJsonString(), cached.Body.ToJsonString());
        }
    }

    [Fact]
    public async Task a_query_sent_again_with_the_same_variables_is_answered_from_the_recalled_validation()
    {
        const string query = "query Again($id: ID!) { institution(id: $id) { name memberships { role } } }";
        var token = servers.Caching.Token(Roles.Reader, "planner-recall");
        var operation = servers.Caching.Services.GetRequiredService<DocumentCache>().Admit(query, null).Operation!;
        var lanbide = new GraphQLSerializer().Deserialize<Inputs>("""{"id":"lanbide"}""")!;

        foreach (var id in new[] { "harreragune", "lanbide", "lanbide" })
        {
            var response = await servers.Caching.PostQueryAsync(query, new { id }, token: token);
            Assert.Equal(HttpStatusCode.OK, response.Status);
        }

        Assert.NotNull(operation.RecallResult("token:reader", lanbide));
        var again = await servers.Caching.PostQueryAsync(query, new { id = "lanbide" }, token: token);
        var full = await servers.Full.PostQueryAsync(query, new { id = "lanbide" }, token: servers.Full.Token(Roles.Reader, "planner-recall"));
        Assert.Equal(full.Body.ToJsonString(), again.Body.ToJsonString());
    }

    [Fact]
    public async Task a_cached_mutation_refuses_personal_data_exactly_as_one_validated_in_full()
    {
        var mutation = File.ReadAllText(Path.Combine(RepositoryPaths.Operations, "SubmitFeedback.graphql"));
        var issuer = (WebApplicationFactory<Program> app) => app.Services.GetRequiredService<TokenIssuer>().Issue([Roles.Ngo], "arrupe-etxea");
        var first = await servers.Caching.PostQueryAsync(mutation, new { idempotencyKey = "cached-document-test" }, token: issuer(servers.Caching));
        Assert.Equal(HttpStatusCode.OK, first.Status);

        var personal = new { title = "Case of 12345678Z at the registry", idempotencyKey = "cached-document-refused" };
        var cached = await servers.Caching.PostQueryAsync(mutation, personal, token: issuer(servers.Caching));
        var full = await servers.Full.PostQueryAsync(mutation, personal, token: issuer(servers.Full));

        Assert.Equal("PERSONAL_DATA_REJECTED", cached.Body.Code());
        Assert.Equal(full.Status, cached.Status);
        Assert.Equal(full.Body.ToJsonString(), cached.Body.ToJsonString());
    }

    private static JsonNode? Variables(string? json) => json is null ? null : JsonNode.Parse(json);
}
