using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Observability;
using NetworkGraph.Tests.Api;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Caching;

/// <summary>
/// The same random reads and writes sent to a server with the result cache and to one without give the same bytes,
/// for every caller: a kept answer is never one the caller would not have been given fresh.
/// </summary>
public sealed partial class CachedAnswersDifferentialTests
{
    /// <summary>Role and organisation: a reader's token may name an organisation too, and still sees every item.</summary>
    private static readonly string[] _callers =
        ["anonymous", "reader", "reader:arrupe-etxea", "ngo:arrupe-etxea", "ngo:caritas-bizkaia", "coordinator", "admin"];

    /// <summary>Every read operation of schema/operations, with its defaults, and reads that take an id.</summary>
    private static readonly IReadOnlyList<string> _reads =
    [
        .. Directory.GetFiles(RepositoryPaths.Operations, "*.graphql").Order(StringComparer.Ordinal)
            .Select(File.ReadAllText).Where(text => QueryOperation().IsMatch(text)),
        .. new[] { "harreragune", "smus", "diversitours", "basque-government", "arrupe-etxea", "test-association" }.Select(id =>
            $$"""{ institution(id: "{{id}}") { name level memberships { role network { name members { institution { name } } } } referralsOut { to { name } } } }"""),
        "{ feedbackItems(first: 50) { totalCount nodes { id title status raisedBy { id } } } }",
        """{ search(text: "bilbao", first: 10) { __typename id ... on Institution { name } } }""",
        "{ auditEvents(first: 20) { nodes { id at actorSubject operation nodeIds graphVersion } } }",
        "{ networks(first: 100) { totalCount nodes { id name members { institution { id } } } } }",
    ];

    /// <summary>Graph questions, sent twice right after a write so that the second answer is kept.</summary>
    private static readonly string[] _analysisReads =
    [
        "{ coverageGaps { theme { id } levels kind severity } dashboard { institutions } }",
        "{ brokers(top: 5) { institution { id } betweenness degree } }",
    ];

    /// <summary>Every mutation of the suite's catalogue that names what it creates (a recorded meeting gets a random id).</summary>
    private static readonly IReadOnlyList<string> _writes =
    [
        .. MutationDocuments.All.Where(m => m.Name is not "recordMeeting" and not "submitFeedback").Select(m => m.Document),
        """mutation { submitFeedback(input: { title: "Long waits", description: "Appointments take months.", themeId: "housing", raisedBy: "arrupe-etxea", idempotencyKey: "differential-1" }) { id } }""",
    ];

    [Fact]
    public async Task random_reads_and_writes_get_the_same_bytes_with_and_without_the_cache_for_every_caller()
    {
        var clock = new StoppedClock(DateTimeOffset.UtcNow);
        await using var cached = new NetworkGraphApp(services: s => s.AddSingleton<TimeProvider>(clock));
        await using var uncached = new NetworkGraphApp(
            settings: new Dictionary<string, string> { ["ResultCache:Enabled"] = "false" }, services: s => s.AddSingleton<TimeProvider>(clock));
        var random = new Random(20261206);
        using var hits = new CacheHits(cached.Services.GetRequiredService<IMeterFactory>());
        var compared = 0;

        foreach (var write in _writes.OrderBy(_ => random.Next()).Prepend(null))
        {
            if (write is not null)
            {
                var token = cached.Token("admin");
                Assert.Equal((await uncached.PostAsync(write, token: token)).Body.ToJsonString(), (await cached.PostAsync(write, token: token)).Body.ToJsonString());
                // Read at once, while the analysis may still trail the write: what is kept now must not outlive it.
                foreach (var question in _analysisReads.SelectMany(question => new[] { question, question }))
                {
                    await AnswerAsync(cached, question, "reader");
                }
                await cached.AnalysisCaughtUpAsync(ranking: true);
                await uncached.AnalysisCaughtUpAsync(ranking: true);
            }
            // What was kept while the analysis trailed the write is not given now that it has caught up.
            foreach (var question in _analysisReads)
            {
                Assert.Equal(await AnswerAsync(uncached, question, "reader"), await AnswerAsync(cached, question, "reader"));
            }
            // A few reads per round, each by every caller in a random order, so that a caller meets answers kept for
            // another and a read meets answers kept before the write.
            foreach (var read in Enumerable.Range(0, 4).Select(_ => _reads[random.Next(_reads.Count)]))
            {
                foreach (var caller in _callers.OrderBy(_ => random.Next()).Append("reader"))
                {
                    var fresh = await AnswerAsync(uncached, read, caller);
                    // Twice: the first may validate or be kept, the second may be a kept answer.
                    Assert.Equal(fresh, await AnswerAsync(cached, read, caller));
                    Assert.Equal(fresh, await AnswerAsync(cached, read, caller));
                    compared++;
                }
            }
        }

        Assert.True(hits.Count > compared / 2, $"only {hits.Count} of {compared * 2} cached reads were answered from the cache");
    }

    private static async Task<string> AnswerAsync(NetworkGraphApp app, string read, string caller)
    {
        var parts = caller.Split(':');
        var token = parts[0] == "anonymous" ? null : app.Token(parts[0], parts.ElementAtOrDefault(1));
        var (response, _) = await app.PostAsync(read, token: token);
        return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
    }

    /// <summary>Counts the reads one server (the owner of the meter factory given) answered from its result cache.</summary>
    private sealed class CacheHits : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _count;

        public CacheHits(IMeterFactory meters)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Meter.Name == NetworkGraphMetrics.MeterName
                    && instrument.Name == "networkgraph.result_cache.lookups")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag is { Key: "result", Value: "hit" })
                    {
                        Interlocked.Add(ref _count, value);
                    }
                }
            });
            _listener.Start();
        }

        public long Count => Interlocked.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }

    [GeneratedRegex(@"^\s*query\b", RegexOptions.Multiline)]
    private static partial Regex QueryOperation();

    /// <summary>The same instant for every timestamp, so that two servers given the same writes store the same graph.</summary>
    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
