using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Analysis;
using NetworkGraph.Core.Analysis;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Api;

/// <summary>
/// Brokers restricted to some kinds of link or to a territory: the first ask of a scope ranks it on the request path;
/// after that the builder keeps it ranked beside the ranking over every link, so readers never wait for betweenness.
/// </summary>
public sealed class RestrictedBrokersTests
{
    private const string ByReferral = "{ brokers(via: [REFERRAL], top: 10) { betweenness institution { id } } }";
    private const string InBizkaia = """{ brokers(territory: "bizkaia", top: 10) { betweenness institution { id } } }""";

    private static readonly (string From, string To)[] _newReferrals =
        [("goihabe", "smus"), ("smus", "upv-ehu"), ("caritas-bizkaia", "goihabe"), ("upv-ehu", "lanbide")];

    [Fact]
    public async Task a_scope_is_ranked_on_the_request_path_once_then_kept_up_to_date_off_it()
    {
        await using var app = new NetworkGraphApp();
        var restricted = app.Services.GetRequiredService<RestrictedRankings>();
        var referralsBefore = Ranked(await app.QueryAsync(ByReferral));
        Assert.Equal(await ExpectedAsync(app, [LinkKind.Referral], null), referralsBefore);
        Assert.Equal(await ExpectedAsync(app, null, "bizkaia"), Ranked(await app.QueryAsync(InBizkaia)));
        Assert.Equal(2, restricted.RankedOnRequest);

        foreach (var (from, to) in _newReferrals)
        {
            await app.WriteAsync(Referral(from, to));
        }
        await app.AnalysisCaughtUpAsync(ranking: true);
        var referralsAfter = await ExpectedAsync(app, [LinkKind.Referral], null);
        var bizkaiaAfter = await ExpectedAsync(app, null, "bizkaia");

        Assert.NotEqual(referralsBefore, referralsAfter); // the writes moved the referral brokers
        await EventuallyAsync(async () => Ranked(await app.QueryAsync(ByReferral)) == referralsAfter);
        await EventuallyAsync(async () => Ranked(await app.QueryAsync(InBizkaia)) == bizkaiaAfter);
        Assert.Equal(2, restricted.RankedOnRequest);
    }

    [Fact]
    public async Task min_version_gets_a_restricted_ranking_at_least_that_recent_at_once()
    {
        await using var app = new NetworkGraphApp();
        await app.QueryAsync(ByReferral);
        var version = 0L;
        foreach (var (from, to) in _newReferrals)
        {
            version = await app.WriteAsync(Referral(from, to));
        }

        var answer = Ranked(await app.QueryAsync($"{{ brokers(via: [REFERRAL], top: 10, minVersion: {version}) {{ betweenness institution {{ id }} }} }}"));

        Assert.Equal(await ExpectedAsync(app, [LinkKind.Referral], null), answer);
    }

    [Fact]
    public async Task an_empty_via_is_every_kind_and_answers_from_the_published_ranking()
    {
        await using var app = new NetworkGraphApp();

        var empty = Ranked(await app.QueryAsync("{ brokers(via: [], top: 10) { betweenness institution { id } } }"));

        Assert.Equal(Ranked(await app.QueryAsync("{ brokers(top: 10) { betweenness institution { id } } }")), empty);
        Assert.Equal(0, app.Services.GetRequiredService<RestrictedRankings>().RankedOnRequest);
    }

    [Fact]
    public async Task a_territory_that_is_not_one_is_not_found_and_not_kept()
    {
        await using var app = new NetworkGraphApp();

        var (_, body) = await app.PostAsync("""{ brokers(territory: "smus") { betweenness } }""");

        Assert.Equal("NOT_FOUND", body.ErrorCode());
        Assert.Empty(app.Services.GetRequiredService<RestrictedRankings>().Wanted());
    }

    /// <summary>The top ten of a fresh analysis of the store's graph as it is now.</summary>
    private static async Task<string> ExpectedAsync(NetworkGraphApp app, LinkKind[]? via, string? territory)
    {
        var analysis = GraphAnalysis.Build(await app.Store.GetSnapshotAsync(CancellationToken.None)).Scoped(territory);
        return string.Join(' ', analysis.Brokers(10, via).Select(score => $"{score.InstitutionId}={score.Betweenness:0.######}"));
    }

    private static string Referral(string from, string to) =>
        $$"""mutation { putReferral(input: { fromId: "{{from}}", toId: "{{to}}" }) { id } }""";

    private static string Ranked(JsonNode data) =>
        string.Join(' ', data["brokers"]!.AsArray().Select(b => $"{b!["institution"]!["id"]}={b["betweenness"]!.GetValue<double>():0.######}"));

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 400; attempt++)
        {
            if (await condition())
            {
                return;
            }
            await Task.Delay(25);
        }
        Assert.Fail("The restricted ranking did not catch up with the graph within 10 s.");
    }
}
