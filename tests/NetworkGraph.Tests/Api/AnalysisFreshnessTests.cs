using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Analysis;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Api;

/// <summary>
/// Graph questions answer from the newest published analysis, built off the request path: a reader never waits for a
/// build, a reader that asks for its own write (minVersion) waits a bounded time, and no answer is labelled with a
/// version it does not reflect, whatever writes and builds run beside it.
/// </summary>
public sealed class AnalysisFreshnessTests
{
    private static int _created;

    /// <summary>Creates one institution, and nothing else, under a name of its own.</summary>
    private static string CreateInstitution =>
        $$"""mutation { createInstitution(input: { name: "Test Association {{Interlocked.Increment(ref _created)}}", kind: NGO, level: MUNICIPAL, description: "A test." }) { id } }""";

    [Fact]
    public async Task a_reader_answers_from_the_last_analysis_while_a_build_is_held_and_min_version_waits_for_the_new_one()
    {
        HeldSnapshots? held = null;
        await using var app = new NetworkGraphApp(
            settings: new Dictionary<string, string> { ["Analysis:MaxWait"] = "00:00:00.300" },
            wrapStore: inner => held = new HeldSnapshots(inner));
        var before = await app.QueryAsync(
            $"{{ dashboard(minVersion: {await app.Store.GetGraphVersionAsync(CancellationToken.None)}) {{ institutions }} analysis {{ analysedVersion }} }}");
        var institutions = before["dashboard"]!["institutions"]!.GetValue<int>();
        held!.Hold();

        var version = await app.WriteAsync(CreateInstitution);
        var stale = await app.QueryAsync("{ dashboard { institutions } analysis { analysedVersion graphVersion } }");
        var (_, waited) = await app.PostAsync($"{{ dashboard(minVersion: {version}) {{ institutions }} }}");
        var (_, ahead) = await app.PostAsync($"{{ coverageGaps(minVersion: {version + 1}) {{ severity }} }}");
        await WaitUntilAsync(app, "{ analysis { building } }", data => data["analysis"]!["building"]!.GetValue<bool>());
        held.Release();
        var fresh = await app.QueryAsync($"{{ dashboard(minVersion: {version}) {{ institutions }} analysis {{ analysedVersion building }} }}");

        Assert.Equal(institutions, stale["dashboard"]!["institutions"]!.GetValue<int>());
        Assert.True(stale["analysis"]!["analysedVersion"]!.GetValue<long>() < version);
        Assert.Equal(version, stale["analysis"]!["graphVersion"]!.GetValue<long>());
        Assert.Equal("STALE_ANALYSIS", waited.ErrorCode());
        Assert.Contains($"graph version {version}", waited["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("BAD_USER_INPUT", ahead.ErrorCode());
        Assert.Equal(institutions + 1, fresh["dashboard"]!["institutions"]!.GetValue<int>());
        Assert.True(fresh["analysis"]!["analysedVersion"]!.GetValue<long>() >= version);
    }

    [Fact]
    public async Task writes_made_while_a_build_is_held_are_all_covered_by_the_one_build_that_follows()
    {
        HeldSnapshots? held = null;
        await using var app = new NetworkGraphApp(wrapStore: inner => held = new HeldSnapshots(inner));
        await app.QueryAsync($"{{ dashboard(minVersion: {await app.Store.GetGraphVersionAsync(CancellationToken.None)}) {{ institutions }} }}");
        held!.Hold();
        var version = 0L;
        for (var i = 0; i < 5; i++)
        {
            version = await app.WriteAsync(CreateInstitution);
        }
        await app.QueryAsync("{ analysis { analysedVersion } }"); // asks for a build, which now waits
        await WaitUntilAsync(app, "{ analysis { building } }", data => data["analysis"]!["building"]!.GetValue<bool>());
        var builder = app.Services.GetRequiredService<AnalysisBuilder>();
        var builds = builder.Builds;

        held.Release();
        var fresh = await app.QueryAsync($"{{ dashboard(minVersion: {version}) {{ institutions }} analysis {{ analysedVersion }} }}");

        Assert.Equal(version, fresh["analysis"]!["analysedVersion"]!.GetValue<long>());
        Assert.Equal(builds + 1, builder.Builds);
    }

    [Fact]
    public async Task under_a_stream_of_writes_every_answer_reflects_exactly_the_version_it_is_labelled_with()
    {
        await using var app = new NetworkGraphApp();
        // Begin from an analysis of the graph as it is now.
        var now = await app.Store.GetGraphVersionAsync(CancellationToken.None);
        var start = await app.QueryAsync($"{{ dashboard(minVersion: {now}) {{ institutions }} analysis {{ analysedVersion graphVersion }} }}");
        var baseVersion = start["analysis"]!["analysedVersion"]!.GetValue<long>();
        var baseInstitutions = start["dashboard"]!["institutions"]!.GetValue<int>();
        const int writes = 30;
        var answers = new ConcurrentBag<(long Version, int Institutions, int Brokers)>();
        using var stop = new CancellationTokenSource();
        var last = long.MaxValue;
        // Each reader goes on until the writes are over and it has itself seen the analysis of the last one.
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            var seen = 0L;
            while (!stop.IsCancellationRequested || seen < Volatile.Read(ref last))
            {
                var data = await app.QueryAsync("{ analysis { analysedVersion } dashboard { institutions } brokers(top: 100) { institution { id } } }");
                seen = data["analysis"]!["analysedVersion"]!.GetValue<long>();
                answers.Add((seen, data["dashboard"]!["institutions"]!.GetValue<int>(), data["brokers"]!.AsArray().Count));
            }
        })).ToList();

        var written = 0L;
        for (var i = 0; i < writes; i++)
        {
            written = await app.WriteAsync(CreateInstitution);
        }
        Volatile.Write(ref last, written);
        var final = await app.QueryAsync($"{{ dashboard(minVersion: {last}) {{ institutions }} analysis {{ analysedVersion }} }}");
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        // Each write adds one institution and nothing else writes: an analysis of version v counts base + (v - base).
        Assert.All(answers, answer => Assert.Equal(baseInstitutions + (answer.Version - baseVersion), answer.Institutions));
        Assert.All(answers, answer => Assert.True(answer.Brokers > 0));
        Assert.Equal(last, baseVersion + writes);
        Assert.Equal(baseInstitutions + writes, final["dashboard"]!["institutions"]!.GetValue<int>());
        Assert.True(answers.Select(a => a.Version).Distinct().Count() > 1, "the readers saw the analysis move");
    }

    [Fact]
    public async Task the_status_says_the_brokers_are_exact_on_bilbao_and_a_mutation_names_its_version()
    {
        await using var app = new NetworkGraphApp();
        await app.QueryAsync($"{{ dashboard(minVersion: {await app.Store.GetGraphVersionAsync(CancellationToken.None)}) {{ institutions }} }}");

        var status = await app.QueryAsync("{ analysis { graphVersion analysedVersion building builtAt betweenness { version exact samples epsilon delta computedAt } } }");
        var (_, written) = await app.PostAsync(CreateInstitution, token: app.Token("coordinator"));
        var audit = await app.Store.GetGraphVersionAsync(CancellationToken.None);

        var betweenness = status["analysis"]!["betweenness"]!;
        Assert.True(betweenness["exact"]!.GetValue<bool>());
        Assert.Null(betweenness["samples"]);
        Assert.Null(betweenness["epsilon"]);
        Assert.Null(betweenness["delta"]);
        Assert.Equal(status["analysis"]!["graphVersion"]!.GetValue<long>(), status["analysis"]!["analysedVersion"]!.GetValue<long>());
        Assert.True(betweenness["version"]!.GetValue<long>() <= status["analysis"]!["analysedVersion"]!.GetValue<long>());
        Assert.Equal(audit, written["extensions"]!["graphVersion"]!.GetValue<long>());
    }

    private static async Task WaitUntilAsync(NetworkGraphApp app, string query, Func<JsonNode, bool> condition)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (condition(await app.QueryAsync(query)))
            {
                return;
            }
            await Task.Delay(25);
        }
        Assert.Fail($"Never true: {query}");
    }
}
