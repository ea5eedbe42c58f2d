using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Analysis;
using NetworkGraph.Core.Analysis;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Api;

/// <summary>Dashboards that poll with GET: an ETag per graph version and caller, and 304 without executing for a tag still current.</summary>
public sealed class EntityTagTests : IAsyncLifetime
{
    private const string Query = "/graphql?query=%7Binstitutions%7BtotalCount%7D%7D";

    // The graph version read for one GET is trusted for the next within a minute (no other instance writes here).
    private readonly NetworkGraphApp _app = new(settings: new Dictionary<string, string> { ["ResultCache:RemoteWriteBound"] = "00:01:00" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? token = null, EntityTagHeaderValue? held = null) =>
        _app.GetGraphQLAsync(pathAndQuery, token, held);

    [Fact]
    public async Task a_get_carries_a_private_etag_and_the_same_tag_sent_back_is_304_without_executing()
    {
        using var first = await GetAsync(Query);
        _app.Store.Reset();

        using var again = await GetAsync(Query, held: first.Headers.ETag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal((true, true), (first.Headers.CacheControl?.Private, first.Headers.CacheControl?.NoCache));
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(0, _app.Store.RoundTrips); // the graph version as the first GET read it, and nothing the query would have read
    }

    [Fact]
    public async Task a_restricted_ranking_kept_or_refreshed_without_a_write_changes_the_tag()
    {
        const string Restricted = "/graphql?query=%7Bbrokers(via%3A%5BREFERRAL%5D)%7Bbetweenness%7D%7D";
        var restricted = _app.Services.GetRequiredService<RestrictedRankings>();
        using var asked = await GetAsync(Restricted); // ranks the scope on the request path and keeps it
        using var kept = await GetAsync(Restricted, held: asked.Headers.ETag);
        var scope = new BrokerScope([LinkKind.Referral], null);
        var ranking = restricted.Asked(scope)!;
        // The builder refreshes the kept ranking (here by hand, as a later version), and nothing is written.
        restricted.Offer(scope, ranking with { Version = ranking.Version + 1 });

        using var refreshed = await GetAsync(Restricted, held: kept.Headers.ETag);

        Assert.Equal(HttpStatusCode.OK, kept.StatusCode); // the scope is now kept: a tag that names it
        Assert.NotEqual(asked.Headers.ETag, kept.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.NotEqual(kept.Headers.ETag, refreshed.Headers.ETag);
    }

    [Fact]
    public async Task after_a_write_the_old_tag_gets_the_new_answer_with_a_new_tag()
    {
        using var first = await GetAsync(Query);
        await _app.QueryAsync(
            """mutation { createInstitution(input: { name: "Tagged Centre", kind: NGO, level: MUNICIPAL, description: "A centre.", sources: [{ title: "Test" }] }) { id } }""",
            token: _app.Token("coordinator"));

        using var after = await GetAsync(Query, held: first.Headers.ETag);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(first.Headers.ETag, after.Headers.ETag);
        Assert.Contains("totalCount", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task callers_of_other_roles_or_organisations_and_other_variables_get_other_tags()
    {
        using var anonymous = await GetAsync(Query);
        using var reader = await GetAsync(Query, _app.Token("reader"));
        using var ngoA = await GetAsync(Query, _app.Token("ngo", "arrupe-etxea"));
        using var ngoB = await GetAsync(Query, _app.Token("ngo", "cear-euskadi"));
        using var held = await GetAsync(Query, _app.Token("ngo", "cear-euskadi"), held: ngoA.Headers.ETag);
        using var other = await GetAsync("/graphql?query=%7Bthemes%7BtotalCount%7D%7D");

        var tags = new[] { anonymous, reader, ngoA, ngoB, other }.Select(r => r.Headers.ETag?.Tag).ToList();
        Assert.All(tags, Assert.NotNull);
        Assert.Equal(tags.Count, tags.Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
    }

    [Fact]
    public async Task a_post_carries_no_tag()
    {
        var (response, _) = await _app.PostAsync("{ institutions { totalCount } }");

        Assert.Null(response.Headers.ETag);
    }
}
