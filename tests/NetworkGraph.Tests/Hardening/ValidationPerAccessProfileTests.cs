using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Auth;
using NetworkGraph.Api.Execution;
using NetworkGraph.Api.Limits;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Hardening;

/// <summary>
/// A document that validated is not validated again for a caller with the same roles; what depends on the
/// caller or on the variables is still decided per request.
/// </summary>
public sealed class ValidationPerAccessProfileTests : IAsyncLifetime
{
    private const string NestedPages = """
        query Nested($n: Int) { institutions(first: $n) { nodes { memberships { network { members { institution {
            memberships { network { name } } } } } } } } }
        """;

    private readonly NetworkGraphApp _app = new();

    private CachedOperation Operation(string query) => _app.Services.GetRequiredService<DocumentCache>().Admit(query, null).Operation!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task a_document_validated_for_an_admin_is_still_refused_to_a_reader_and_to_anonymous_callers()
    {
        const string query = "{ auditEvents { totalCount } }";

        var (adminStatus, _, _) = await _app.PostQueryAsync(query, token: _app.Token(Roles.Admin));
        var (readerStatus, reader, _) = await _app.PostQueryAsync(query, token: _app.Token(Roles.Reader));
        var (anonymousStatus, anonymous, _) = await _app.PostQueryAsync(query);

        Assert.Equal(HttpStatusCode.OK, adminStatus);
        Assert.Equal(HttpStatusCode.Forbidden, readerStatus);
        Assert.Equal("FORBIDDEN", reader.Code());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousStatus);
        Assert.Equal("UNAUTHENTICATED", anonymous.Code());
    }

    [Fact]
    public async Task a_document_is_remembered_as_validated_per_access_profile_and_a_refused_one_never()
    {
        const string query = "query Remembered { institution(id: \"harreragune\") { name } }";
        const string refused = "{ auditEvents { totalCount } }";

        await _app.PostQueryAsync(query);
        await _app.PostQueryAsync(query, token: _app.Token(Roles.Reader));
        await _app.PostQueryAsync(refused, token: _app.Token(Roles.Reader));

        Assert.True(Operation(query).ValidatedFor("anonymous:"));
        Assert.True(Operation(query).ValidatedFor("token:reader"));
        Assert.False(Operation(query).ValidatedFor("token:admin"));
        Assert.False(Operation(refused).ValidatedFor("token:reader"));
    }

    [Fact]
    public async Task a_document_validated_for_an_admin_is_still_refused_to_an_ngo_reading_the_audit()
    {
        const string query = "{ institution(id: \"harreragune\") { name } auditEvents { totalCount } }";

        var (adminStatus, _, _) = await _app.PostQueryAsync(query, token: _app.Token(Roles.Admin));
        var (ngoStatus, ngo, _) = await _app.PostQueryAsync(query, token: _app.Token(Roles.Ngo, SeedFacts.PenascalCooperative));

        Assert.Equal(HttpStatusCode.OK, adminStatus);
        Assert.Equal(HttpStatusCode.Forbidden, ngoStatus);
        Assert.Equal("FORBIDDEN", ngo.Code());
    }

    [Fact]
    public async Task page_sizes_in_variables_are_costed_on_every_request_of_a_remembered_document()
    {
        var (smallStatus, small, _) = await _app.PostQueryAsync(NestedPages, variables: new { n = 1 });
        var (largeStatus, large, _) = await _app.PostQueryAsync(NestedPages, variables: new { n = 100 });

        Assert.True(smallStatus == HttpStatusCode.OK, small.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, largeStatus);
        Assert.Equal("LIMIT_EXCEEDED", large.Code());
        Assert.Equal("GraphQL:Limits:MaxComplexity", large.Limit());
    }

    [Fact]
    public async Task variables_are_coerced_on_every_request_of_a_remembered_document()
    {
        const string query = "query One($id: ID!) { institution(id: $id) { name } }";

        var (firstStatus, first, _) = await _app.PostQueryAsync(query, variables: new { id = "harreragune" });
        var (missingStatus, missing, _) = await _app.PostQueryAsync(query, variables: new { });
        var (wrongStatus, wrong, _) = await _app.PostQueryAsync(query, variables: new { id = new[] { 1, 2 } });

        Assert.True(firstStatus == HttpStatusCode.OK, first.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, missingStatus);
        Assert.Contains("$id", missing.Message(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongStatus);
        Assert.Contains("$id", wrong.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_subtree_switched_on_by_a_variable_is_costed_on_every_request_of_a_remembered_document()
    {
        const string query = """
            query Switch($big: Boolean!) { institutions(first: 100) { nodes { name memberships @include(if: $big) {
                network { members { institution { memberships { network { name } } } } } } } } }
            """;

        var (smallStatus, small, _) = await _app.PostQueryAsync(query, variables: new { big = false });
        var (largeStatus, large, _) = await _app.PostQueryAsync(query, variables: new { big = true });

        Assert.True(smallStatus == HttpStatusCode.OK, small.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, largeStatus);
        Assert.Equal("LIMIT_EXCEEDED", large.Code());
        Assert.Equal("GraphQL:Limits:MaxComplexity", large.Limit());
    }

    [Theory]
    [InlineData("query($n: Int) { institutions(first: $n) { totalCount } }", true)]
    [InlineData("query($b: Boolean!) { institutions { nodes { memberships @include(if: $b) { role } } } }", true)]
    [InlineData("query($b: Boolean!) { institutions { nodes { ... on Institution @skip(if: $b) { name } } } }", true)]
    [InlineData("query($b: Boolean!) { ...F @include(if: $b) } fragment F on Query { themes { totalCount } }", true)]
    [InlineData("{ institutions { nodes { memberships @include(if: true) { role } } } }", false)]
    [InlineData("query($n: Int) { ...F } fragment F on Query { networks { nodes { members(first: $n) { totalCount } } } }", true)]
    [InlineData("query($n: Int) { ... on Query { themes(last: $n) { totalCount } } }", true)]
    [InlineData("{ institutions(first: 5) { totalCount } }", false)]
    [InlineData("query($id: ID!) { institution(id: $id) { name memberships { role } } }", false)]
    public void the_cost_of_a_remembered_document_is_recomputed_only_when_a_page_size_or_a_condition_comes_from_a_variable(string query, bool dependsOnVariables) =>
        Assert.Equal(dependsOnVariables, DocumentShape.CostDependsOnVariables(GraphQLParser.Parser.Parse(query)));
}
