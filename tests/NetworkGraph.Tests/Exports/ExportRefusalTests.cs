using System.Net;
using System.Text.Json.Nodes;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Exports;

/// <summary>Who may export and which parameters are refused (docs/architecture.md §4, "Exports"), with the exact answers.</summary>
public sealed class ExportRefusalTests : IAsyncLifetime
{
    // Anonymous reading is on, as in Development: exports must still refuse a caller without a token.
    private readonly NetworkGraphApp _app = new(anonymousRead: true);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string> Paths => [.. ExportRequests.Paths];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task an_export_without_a_token_is_401_even_where_anonymous_reading_is_on(string path)
    {
        using var response = await _app.GetAsync(path, token: null);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "Exports need a bearer token with one of the roles reader, coordinator, admin.");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task an_export_with_a_forged_or_foreign_token_is_401_invalid_token(string path)
    {
        foreach (var token in new[] { TestTokens.Unsigned("admin"), TestTokens.Signed("admin", key: "another-key-of-the-same-length-0123456789-abcdefghijklmnopqrstuv") })
        {
            using var response = await _app.GetAsync(path, token);

            await AssertProblemAsync(response, HttpStatusCode.Unauthorized,
                "The bearer token is invalid: expired, not yet valid, or of the wrong issuer, audience, key or algorithm.");
            Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task an_export_with_an_ngo_token_is_403(string path)
    {
        using var response = await _app.GetAsync(path, TestTokens.Signed("ngo", org: "arrupe-etxea"));

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "Exports need one of the roles reader, coordinator, admin.");
    }

    [Theory]
    [InlineData("reader")]
    [InlineData("coordinator")]
    [InlineData("admin")]
    public async Task readers_coordinators_and_admins_may_export_every_format(string role)
    {
        foreach (var path in ExportRequests.Paths)
        {
            using var response = await _app.GetAsync(path, TestTokens.Signed(role));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("/export/coordination.graphml?levels=MUNICIPALITY", "levels", "MUNICIPALITY", "'levels' holds 'MUNICIPALITY', which is none of the GovernanceLevel values MUNICIPAL, PROVINCIAL, REGIONAL, NATIONAL, EUROPEAN, INTERNATIONAL.")]
    [InlineData("/export/graph.gexf?kinds=NGO,CHARITY", "kinds", "CHARITY", "'kinds' holds 'CHARITY', which is none of the ActorKind values PUBLIC_AUTHORITY, PUBLIC_SERVICE, NGO, DIASPORA_ASSOCIATION, ACADEMIA, SOCIAL_ENTERPRISE, INTERNATIONAL_ORGANISATION, PRIVATE_SECTOR.")]
    [InlineData("/export/graph.cyjs?levels=municipal", "levels", "municipal", "'levels' holds 'municipal', which is none of the GovernanceLevel values MUNICIPAL, PROVINCIAL, REGIONAL, NATIONAL, EUROPEAN, INTERNATIONAL.")]
    [InlineData("/export/graph.cyjs?themes=Reception_Desk", "themes", "Reception_Desk", "'themes' holds 'Reception_Desk', which is not a node id: ids are lowercase kebab-case slugs such as 'harreragune'.")]
    [InlineData("/export/coordination.gexf?networks=a--b", "networks", "a--b", "'networks' holds 'a--b', which is not a node id: ids are lowercase kebab-case slugs such as 'harreragune'.")]
    [InlineData("/export/graph.graphml?territory=atlantis", "territory", "atlantis", "No territory has the id 'atlantis'.")]
    [InlineData("/export/graph.graphml?territory=harreragune", "territory", "harreragune", "'harreragune' is an Institution, not a Territory.")]
    [InlineData("/export/coordination.graphml?territory=bilbao&territory=spain", "territory", "bilbao,spain", "'territory' takes one territory id.")]
    [InlineData("/export/coordination.graphml?via=GOSSIP", "via", "GOSSIP", "'via' holds 'GOSSIP', which is none of the LinkKind values SHARED_NETWORK, REFERRAL, FUNDING, HIERARCHY, SHARED_MEETING.")]
    [InlineData("/export/graph.cyjs?via=REFERRAL", "via", "REFERRAL", "'via' chooses link kinds of the coordination graph; it applies to the coordination exports only.")]
    [InlineData("/export/graph.cyjs?level=MUNICIPAL", "level", "MUNICIPAL", "'level' is not a parameter of this export; it takes territory, levels, kinds, themes, networks.")]
    public async Task a_parameter_the_export_cannot_take_is_400_naming_the_parameter_and_the_value(string pathAndQuery, string parameter, string value, string detail)
    {
        using var response = await _app.GetAsync(pathAndQuery, TestTokens.Signed("reader"));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, detail);
        Assert.Equal(parameter, problem["parameter"]!.GetValue<string>());
        Assert.Equal(value, problem["value"]!.GetValue<string>());
    }

    private static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {status}, got {response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.Equal(detail, problem["detail"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(problem["title"]?.GetValue<string>()), text);
        Assert.Null(response.Content.Headers.ContentDisposition);
        return problem;
    }
}
