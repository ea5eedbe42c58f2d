using System.Net;
using System.Text.Json.Nodes;
using GraphQL.Validation;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Auth;
using NetworkGraph.Api.Limits;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Hardening;

/// <summary>
/// A remembered document is read by the shorter path of <see cref="RememberingDocumentValidator"/>: its answers,
/// for new variables as much as for the ones it was first seen with, must be exactly those of a server that
/// validates every request in full.
/// </summary>
public sealed class RememberingValidatorTests(RememberingValidatorTests.Servers servers) : IClassFixture<RememberingValidatorTests.Servers>
{
    /// <summary>One server that remembers documents, and one whose document caches are off (every request in full).</summary>
    public sealed class Servers : IAsyncLifetime
    {
        public NetworkGraphApp Remembering { get; } = new();

        public WebApplicationFactory<Program> Full { get; private set; } = null!;

        public Task InitializeAsync()
        {
            Full = Remembering.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:Limits:DocumentCacheSize", "0"));
            return Task.CompletedTask;
        }

        public async Task DisposeAsync()
        {
            await Full.DisposeAsync();
            await Remembering.DisposeAsync();
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

    private const string Planned = "query Planned($id: ID!) { institution(id: $id) { name memberships { role } } }";

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
            if (query.Contains("mutation", StringComparison.Ordinal))
            {
                continue;
            }
            data.Add($"{Path.GetFileNameWithoutExtension(file)} with its defaults", query, null, null);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task a_remembered_document_answers_exactly_as_one_validated_in_full(string name, string query, string? firstVariables, string? thenVariables)
    {
        var token = servers.Remembering.Token(Roles.Reader, "planner-remembering");
        var first = await servers.Remembering.PostQueryAsync(query, Variables(firstVariables), token: token);
        Assert.True(first.Status == HttpStatusCode.OK, $"{name}: the first request answered {(int)first.Status}: {first.Body.ToJsonString()}");

        var remembered = await servers.Remembering.PostQueryAsync(query, Variables(thenVariables), token: token);
        var full = await servers.Full.PostQueryAsync(query, Variables(thenVariables), token: servers.Full.Token(Roles.Reader, "planner-remembering"));

        Assert.Equal(full.Status, remembered.Status);
        Assert.Equal(full.Body.ToJsonString(), remembered.Body.ToJsonString());
    }

    [Fact]
    public void the_service_validates_with_the_remembering_validator()
    {
        Assert.IsType<RememberingDocumentValidator>(servers.Remembering.Services.GetRequiredService<IDocumentValidator>());
    }

    [Fact]
    public async Task a_remembered_document_gets_its_plan_and_its_arguments_read_with_this_requests_variables()
    {
        var (schema, document, operation) = Parse(Planned);
        var remembered = new RememberedDocument(Planned, costDependsOnVariables: false);

        var result = await Validate(schema, document, operation, remembered, """{"id":"lanbide"}""");

        Assert.True(result.IsValid);
        Assert.NotNull(remembered.Plan);
        Assert.True(remembered.Plan!.IsFor(document, operation));
        var field = Assert.Single(result.ArgumentValues!).Key;
        Assert.Equal("institution", field.Name.StringValue);
        Assert.Equal("lanbide", result.ArgumentValues![field]["id"].Value);
        Assert.NotNull(remembered.Plan.VariablesOnly);
        Assert.Empty(remembered.Plan.VariablesOnly!.SelectionSet.Selections);
    }

    [Fact]
    public async Task a_plan_made_for_another_parse_of_the_text_is_made_again_for_this_one()
    {
        var (schema, first, firstOperation) = Parse(Planned);
        var remembered = new RememberedDocument(Planned, costDependsOnVariables: false);
        await Validate(schema, first, firstOperation, remembered, """{"id":"lanbide"}""");

        var (_, second, secondOperation) = Parse(Planned);
        var result = await Validate(schema, second, secondOperation, remembered, """{"id":"harreragune"}""");

        Assert.True(remembered.Plan!.IsFor(second, secondOperation));
        Assert.Same(second.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Single().SelectionSet.Selections[0], Assert.Single(result.ArgumentValues!).Key);
    }

    [Fact]
    public async Task variables_are_still_coerced_and_refused_on_the_remembered_path()
    {
        const string query = "query Planned($id: ID!, $first: Int!) { institution(id: $id) { name } search(text: \"x\", first: $first) { id } }";
        var (schema, document, operation) = Parse(query);

        var result = await Validate(schema, document, operation, new RememberedDocument(query, false), """{"id":"lanbide","first":"many"}""");

        Assert.False(result.IsValid);
        Assert.Contains("first", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_document_of_another_text_than_the_remembered_one_is_validated_in_full()
    {
        var (schema, document, operation) = Parse("query Planned($id: ID!) { institution(id: $id) { noSuchField } }");

        var result = await Validate(schema, document, operation, new RememberedDocument(Planned, false), """{"id":"lanbide"}""");

        Assert.False(result.IsValid);
        Assert.Contains("noSuchField", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_remembered_mutation_refuses_personal_data_exactly_as_one_validated_in_full()
    {
        var mutation = File.ReadAllText(Path.Combine(RepositoryPaths.Operations, "SubmitFeedback.graphql"));
        var issuer = (WebApplicationFactory<Program> app) => app.Services.GetRequiredService<TokenIssuer>().Issue([Roles.Ngo], "arrupe-etxea");
        var first = await servers.Remembering.PostQueryAsync(mutation, new { idempotencyKey = "remembering-validator-test" }, token: issuer(servers.Remembering));
        Assert.Equal(HttpStatusCode.OK, first.Status);

        var personal = new { title = "Case of 12345678Z at the registry", idempotencyKey = "remembering-validator-refused" };
        var remembered = await servers.Remembering.PostQueryAsync(mutation, personal, token: issuer(servers.Remembering));
        var full = await servers.Full.PostQueryAsync(mutation, personal, token: issuer(servers.Full));

        Assert.Equal("PERSONAL_DATA_REJECTED", remembered.Body.Code());
        Assert.Equal(full.Status, remembered.Status);
        Assert.Equal(full.Body.ToJsonString(), remembered.Body.ToJsonString());
    }

    [Fact]
    public async Task a_rule_still_given_for_a_remembered_document_runs_before_and_after_the_arguments_are_read()
    {
        var (schema, document, operation) = Parse(Planned);

        var refusedBefore = await Validate(schema, document, operation, new RememberedDocument(Planned, false), """{"id":"lanbide"}""", new RefusesFields(afterArguments: false));
        var refusedAfter = await Validate(schema, document, operation, new RememberedDocument(Planned, false), """{"id":"lanbide"}""", new RefusesFields(afterArguments: true));

        Assert.Equal("refused institution", Assert.Single(refusedBefore.Errors).Message);
        Assert.Null(refusedBefore.ArgumentValues);
        Assert.Equal("refused institution with lanbide", Assert.Single(refusedAfter.Errors).Message);
    }

    /// <summary>Refuses the first field with arguments, before the arguments are read or after (naming the id read).</summary>
    private sealed class RefusesFields(bool afterArguments) : ValidationRuleBase
    {
        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
            new(afterArguments ? null : Visitor());

        public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
            new(afterArguments ? Visitor() : null);

        private static MatchingNodeVisitor<GraphQLParser.AST.GraphQLField> Visitor() => new((field, context) =>
        {
            if (field.Arguments is null || context.HasErrors)
            {
                return;
            }
            var id = context.ArgumentValues?.GetValueOrDefault(field)?["id"].Value;
            context.ReportError(new ValidationError(id is null ? $"refused {field.Name.StringValue}" : $"refused {field.Name.StringValue} with {id}"));
        });
    }

    private static Task<IValidationResult> Validate(
        GraphQL.Types.ISchema schema, GraphQLParser.AST.GraphQLDocument document, GraphQLParser.AST.GraphQLOperationDefinition operation,
        RememberedDocument remembered, string variables, params IValidationRule[] rules) =>
        new RememberingDocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = operation,
            Rules = rules,
            UserContext = new Dictionary<string, object?> { [RememberedDocument.UserContextKey] = remembered },
            Variables = new GraphQL.SystemTextJson.GraphQLSerializer().Deserialize<GraphQL.Inputs>(variables)!,
            Extensions = GraphQL.Inputs.Empty,
            Metrics = GraphQL.Instrumentation.Metrics.None,
        });

    [Fact]
    public void a_plan_keeps_the_selection_when_a_variable_is_nullable_so_its_usages_are_still_read()
    {
        var (schema, document, operation) = Parse("query Q($first: Int, $id: ID!) { institution(id: $id) { name } search(text: \"x\", first: $first) { id } }");

        var plan = ArgumentPlan.Build(schema, document, operation);

        Assert.Null(plan.VariablesOnly);
        Assert.Equal(["institution", "search"], plan.FieldsWithArguments.Select(f => f.Field.Name.StringValue));
    }

    [Fact]
    public void a_plan_finds_arguments_and_directives_in_fragments_once_and_ignores_other_operations()
    {
        var (schema, document, operation) = Parse("""
            query Mine($id: ID!, $on: Boolean!) { ...F ...F @include(if: $on) institution(id: $id) { id } }
            query Other { theme(id: "x") { id } }
            fragment F on Query { search(text: "a", first: 2) @skip(if: false) { id } ... on Query @include(if: $on) { networks(first: 1) { totalCount } } }
            """);

        var plan = ArgumentPlan.Build(schema, document, operation);

        Assert.Equal(["search", "networks", "institution"], plan.FieldsWithArguments.Select(f => f.Field.Name.StringValue));
        Assert.Equal(3, plan.NodesWithDirectives.Count);
    }

    private (GraphQL.Types.ISchema Schema, GraphQLParser.AST.GraphQLDocument Document, GraphQLParser.AST.GraphQLOperationDefinition Operation) Parse(string query)
    {
        var schema = servers.Remembering.Services.GetRequiredService<GraphQL.Types.ISchema>();
        schema.Initialize();
        var document = GraphQLParser.Parser.Parse(query);
        return (schema, document, document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().First());
    }

    private static JsonNode? Variables(string? json) => json is null ? null : JsonNode.Parse(json);
}
