using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Caching;
using NetworkGraph.Api.Observability;

namespace NetworkGraph.Tests.Caching;

/// <summary>The result cache holds one state's answers at a time, within its bytes, least recently used out first.</summary>
public sealed class ResultCacheBoundTests : IDisposable
{
    private static readonly CacheState _now = new(10, 3);

    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    private ResultCache Cache(long maxBytes, TimeSpan? maxAge = null) => new(
        Options.Create(new ResultCacheOptions { MaxBytes = maxBytes, RemoteWriteBound = maxAge ?? TimeSpan.FromMinutes(1) }),
        new NetworkGraphMetrics(_services.GetRequiredService<IMeterFactory>()),
        TimeProvider.System);

    private static byte[] Body(int length) => new byte[length];

    [Fact]
    public void the_least_recently_used_answer_goes_first_when_the_bytes_run_out()
    {
        // Each answer takes its 1,000 bytes, its one-character key (2 bytes) and 128 for its entry: two fit in 2,500.
        var cache = Cache(2_500);
        cache.Keep(_now, "a", Body(1_000));
        cache.Keep(_now, "b", Body(1_000));
        Assert.NotNull(cache.Find(_now, "a"));

        cache.Keep(_now, "c", Body(1_000));

        Assert.NotNull(cache.Find(_now, "a"));
        Assert.Null(cache.Find(_now, "b"));
        Assert.NotNull(cache.Find(_now, "c"));
        Assert.True(cache.Bytes <= 2_500);
    }

    [Fact]
    public void an_answer_larger_than_the_whole_cache_is_not_kept()
    {
        var cache = Cache(2_500);
        cache.Keep(_now, "a", Body(1_000));

        cache.Keep(_now, "huge", Body(3_000));

        Assert.Null(cache.Find(_now, "huge"));
        Assert.NotNull(cache.Find(_now, "a"));
    }

    [Fact]
    public void an_answer_of_a_newer_state_drops_every_answer_of_the_older_one_and_an_older_answer_is_not_kept()
    {
        var cache = Cache(1 << 20);
        cache.Keep(_now, "a", Body(10));
        var newer = _now with { AnalysisPublications = 4 };

        cache.Keep(newer, "b", Body(10));
        cache.Keep(_now, "c", Body(10));

        Assert.Null(cache.Find(_now, "a"));
        Assert.Null(cache.Find(newer, "a"));
        Assert.Null(cache.Find(_now, "c"));
        Assert.NotNull(cache.Find(newer, "b"));
        Assert.Equal(10 + 2 + 128, cache.Bytes);
    }

    [Fact]
    public void a_lookup_for_another_state_misses_even_with_the_same_key()
    {
        var cache = Cache(1 << 20);
        cache.Keep(_now, "a", Body(10));

        Assert.Null(cache.Find(_now with { GraphVersion = 11 }, "a"));
        Assert.Null(cache.Find(_now with { GraphVersion = 9 }, "a"));
    }

    [Fact]
    public void an_answer_is_not_given_once_it_is_older_than_the_bound()
    {
        var cache = Cache(1 << 20, maxAge: TimeSpan.Zero);
        cache.Keep(_now, "a", Body(10));

        Assert.Null(cache.Find(_now, "a"));
        Assert.Equal(0, cache.Bytes);
    }
}
