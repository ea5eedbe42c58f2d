using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Support.SeedFacts;

namespace NetworkGraph.Tests.Api;

/// <summary>
/// Dated links over HTTP on the Bilbao seed: written with their dates, counted by the graph questions and the relation
/// fields on the dates they hold (today by default), listed by <c>changes</c>, and refused when their dates are wrong.
/// </summary>
public sealed class AsOfApiTests : IAsyncLifetime
{
    private readonly ShiftedClock _clock = new();
    private readonly NetworkGraphApp _app;

    public AsOfApiTests() => _app = new NetworkGraphApp(services: services => services.AddSingleton<TimeProvider>(_clock));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string InDays(int days) => DateTime.UtcNow.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private const string Referred = $$"""
        query($asOf: Date) {
          coordination(institutionId: "{{Lanbide}}", via: [REFERRAL], asOf: $asOf) { institution { id } }
          institution(id: "{{Lanbide}}") { referralsOut(asOf: $asOf) { to { id } validFrom validTo } }
        }
        """;

    private static bool RefersToPenascal(JsonNode data) =>
        data["coordination"]!.AsArray().Any(link => link!["institution"]!["id"]!.GetValue<string>() == PenascalCooperative)
        && data["institution"]!["referralsOut"]!.AsArray().Any(edge => edge!["to"]!["id"]!.GetValue<string>() == PenascalCooperative);

    private async Task PutReferralAsync(string? validFrom, string? validTo)
    {
        await _app.WriteAsync($$"""
            mutation { putReferral(input: { fromId: "{{Lanbide}}", toId: "{{PenascalCooperative}}", validFrom: {{Literal(validFrom)}}, validTo: {{Literal(validTo)}},
              sources: [{ title: "Test referral agreement" }] }) { id } }
            """);
        await _app.AnalysisCaughtUpAsync();
    }

    private static string Literal(string? date) => date is null ? "null" : $"\"{date}\"";

    [Fact]
    public async Task a_link_that_ended_counts_only_on_the_dates_it_held()
    {
        Assert.False(RefersToPenascal(await _app.QueryAsync(Referred)));

        await PutReferralAsync("2020-01-01", "2021-01-01");

        Assert.False(RefersToPenascal(await _app.QueryAsync(Referred)));
        Assert.True(RefersToPenascal(await _app.QueryAsync(Referred, new { asOf = "2020-01-01" })));
        Assert.True(RefersToPenascal(await _app.QueryAsync(Referred, new { asOf = "2020-12-31" })));
        Assert.False(RefersToPenascal(await _app.QueryAsync(Referred, new { asOf = "2021-01-01" })));
        var edge = (await _app.QueryAsync(Referred, new { asOf = "2020-06-01" }))["institution"]!["referralsOut"]!.AsArray()
            .Single(e => e!["to"]!["id"]!.GetValue<string>() == PenascalCooperative)!;
        Assert.Equal(("2020-01-01", "2021-01-01"), (edge["validFrom"]!.GetValue<string>(), edge["validTo"]!.GetValue<string>()));
    }

    [Fact]
    public async Task changes_list_the_links_that_appeared_and_disappeared_in_between()
    {
        await PutReferralAsync("2020-01-01", "2021-01-01");

        var data = await _app.QueryAsync("""
            { changes(from: "2019-12-31", to: "2021-01-01") { on kind relationship from { id } to { id } sources { title } } }
            """);

        var changes = data["changes"]!.AsArray();
        Assert.Equal(
            [("2020-01-01", "APPEARED"), ("2021-01-01", "DISAPPEARED")],
            changes.Where(c => c!["to"]!["id"]!.GetValue<string>() == PenascalCooperative)
                .Select(c => (c!["on"]!.GetValue<string>(), c["kind"]!.GetValue<string>())));
        Assert.All(changes, c => Assert.Equal("REFERS_TO", c!["relationship"]!.GetValue<string>()));
        Assert.Empty((await _app.QueryAsync("""{ changes(from: "2021-01-01", to: "2022-01-01") { on } }"""))["changes"]!.AsArray());
    }

    [Fact]
    public async Task when_the_day_a_link_ends_comes_the_answers_of_today_change_without_a_write()
    {
        await PutReferralAsync(null, InDays(2));
        var version = await _app.Store.GetGraphVersionAsync(CancellationToken.None);
        Assert.True(RefersToPenascal(await _app.QueryAsync(Referred)));

        _clock.Shift = TimeSpan.FromDays(3);

        Assert.False(RefersToPenascal(await _app.QueryAsync(Referred)));
        Assert.Equal(version, await _app.Store.GetGraphVersionAsync(CancellationToken.None));
        // The builder publishes the analysis of the new day, and the brokers are ranked on it.
        for (var attempt = 0; attempt < 400 && _app.Services.GetRequiredService<NetworkGraph.Api.Analysis.LatestAnalysis>().Brokers?.Date != DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)); attempt++)
        {
            await Task.Delay(25);
        }
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)), _app.Services.GetRequiredService<NetworkGraph.Api.Analysis.LatestAnalysis>().Graph!.Analysis.Date);
    }

    [Fact]
    public async Task a_cached_answer_of_yesterday_is_not_served_today()
    {
        await PutReferralAsync(null, InDays(1));
        var path = "/graphql?query=" + Uri.EscapeDataString($$"""{ institution(id: "{{Lanbide}}") { referralsOut { to { id } } } }""");
        using var before = await _app.GetGraphQLAsync(path);
        var tag = before.Headers.ETag!;
        Assert.Contains(PenascalCooperative, await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var sameDay = await _app.GetGraphQLAsync(path, held: tag);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, sameDay.StatusCode);

        _clock.Shift = TimeSpan.FromDays(1);
        using var after = await _app.GetGraphQLAsync(path, held: tag);

        Assert.Equal(System.Net.HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(tag, after.Headers.ETag);
        Assert.DoesNotContain(PenascalCooperative, await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""mutation { putReferral(input: { fromId: "lanbide", toId: "penascal-cooperative", validFrom: "2021-01-01", validTo: "2021-01-01" }) { id } }""", "must come after 'validFrom'")]
    [InlineData("""mutation { putMembership(input: { institutionId: "lanbide", networkId: "harreragune-coordination", role: MEMBER, validFrom: "2021-02-30" }) { id } }""", "Date")]
    [InlineData("""{ changes(from: "2022-01-01", to: "2021-01-01") { on } }""", "'from' (2022-01-01) must not come after 'to' (2021-01-01)")]
    [InlineData("""{ coverageGaps(asOf: "01/02/2021") { kind } }""", "Date")]
    [InlineData("""{ institution(id: "lanbide") { memberships(asOf: "yesterday") { role } } }""", "Date")]
    public async Task wrong_dates_are_refused_with_a_clear_error(string operation, string says)
    {
        var (_, body) = await _app.PostAsync(operation, token: _app.Token("coordinator"));

        var error = body["errors"]![0]!;
        Assert.Contains(says, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(body["data"]?["putReferral"]);
    }

    [Fact]
    public async Task today_is_the_default_and_naming_it_answers_the_same()
    {
        await PutReferralAsync(Today, null);

        Assert.True(RefersToPenascal(await _app.QueryAsync(Referred)));
        Assert.True(RefersToPenascal(await _app.QueryAsync(Referred, new { asOf = Today })));
        Assert.False(RefersToPenascal(await _app.QueryAsync(Referred, new { asOf = InDays(-1) })));
    }

    /// <summary>The system's clock, moved forward by <see cref="Shift"/>.</summary>
    private sealed class ShiftedClock : TimeProvider
    {
        public TimeSpan Shift { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
    }
}
