using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Live;
using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Sqlite;
using NetworkGraph.Tests.Stores;

namespace NetworkGraph.Tests.Live;

/// <summary>The hub that follows the store's change feed for one instance, shared by everyone listening to it.</summary>
public sealed class ChangeFeedHubTests : IAsyncLifetime
{
    private static readonly CancellationToken _ct = CancellationToken.None;
    private static readonly AuditActor _coordinator = new("ane.etxeberria", "basque-government", ["coordinator"]);

    private readonly string _folder = Directory.CreateTempSubdirectory("networkgraph-feed-").FullName;
    private SqliteGraphStore _writer = null!;
    private SqliteGraphStore _reader = null!;

    public async Task InitializeAsync()
    {
        // Two stores on one file, as two service instances would be.
        var file = SqliteStoreOptions.ForFile(Path.Combine(_folder, "graph.db"));
        _writer = new SqliteGraphStore(file, TimeProvider.System);
        await _writer.MigrateAsync(_ct);
        _reader = new SqliteGraphStore(file, TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        await _writer.DisposeAsync();
        await _reader.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static ChangeFeedHub Hub(IGraphStore store, int buffer = 256, int pollMilliseconds = 250) => new(
        store,
        new LocalWrites(),
        Options.Create(new LiveOptions { BufferPerListener = buffer, PollInterval = TimeSpan.FromMilliseconds(pollMilliseconds) }),
        TimeProvider.System,
        NullLogger<ChangeFeedHub>.Instance);

    private async Task<long> CreateAsync(string id) => (await _writer.WriteAsync(
        WriteBatch.Of(new CreateNode(TestNodes.Institution(id, $"Centre {id}"))) with
        {
            Audit = new AuditEntry(_coordinator, "createInstitution", [id], new Dictionary<string, long>()),
        },
        _ct)).GraphVersion;

    private static async Task<List<long>> DrainAsync(ChangeSubscription subscription)
    {
        var versions = new List<long>();
        while (subscription.Events.TryRead(out var change))
        {
            versions.Add(change.GraphVersion);
        }
        return versions;
    }

    [Fact]
    public async Task a_listener_gets_the_batches_another_instance_commits_after_it_started_in_commit_order()
    {
        await CreateAsync("before");
        var hub = Hub(_reader);
        using var subscription = await hub.ListenAsync(_ct);

        var committed = new[] { await CreateAsync("centre-a"), await CreateAsync("centre-b"), await CreateAsync("centre-c") };
        await hub.PollAsync(_ct);

        Assert.Equal(committed, await DrainAsync(subscription));
    }

    [Fact]
    public async Task every_listener_is_served_by_one_read_of_the_feed_and_nobody_listening_costs_none()
    {
        var counting = new CountingFeedStore(_reader);
        var hub = Hub(counting);
        await hub.PollAsync(_ct);
        var idle = counting.FeedReads;
        var subscriptions = new[] { await hub.ListenAsync(_ct), await hub.ListenAsync(_ct), await hub.ListenAsync(_ct) };

        var version = await CreateAsync("centre-a");
        await hub.PollAsync(_ct);

        Assert.Equal(0, idle);
        Assert.Equal(1, counting.FeedReads);
        foreach (var subscription in subscriptions)
        {
            Assert.Equal([version], await DrainAsync(subscription));
            subscription.Dispose();
        }
        Assert.Equal(0, hub.ListenerCount);
    }

    [Fact]
    public async Task a_listener_that_falls_behind_its_buffer_is_ended_as_a_slow_consumer_with_its_cursor_and_the_others_go_on()
    {
        var hub = Hub(_reader, buffer: 2);
        using var slow = await hub.ListenAsync(_ct);
        using var fast = await hub.ListenAsync(_ct);

        var first = await CreateAsync("centre-a");
        await hub.PollAsync(_ct);
        var fastFirst = await DrainAsync(fast);
        var second = await CreateAsync("centre-b");
        var third = await CreateAsync("centre-c");
        await hub.PollAsync(_ct);

        Assert.Equal([first, second, third], [.. fastFirst, .. await DrainAsync(fast)]);
        Assert.Equal([first, second], await DrainAsync(slow));
        var ended = await Assert.ThrowsAsync<SlowConsumerException>(() => slow.Events.Completion);
        Assert.Equal(second, ended.LastDelivered);
        Assert.Equal(1, hub.ListenerCount);
    }

    [Fact]
    public async Task running_beside_the_service_it_delivers_within_its_interval_and_ends_every_listener_on_shutdown()
    {
        var hub = Hub(_reader, pollMilliseconds: 20);
        await hub.StartAsync(_ct);
        using var subscription = await hub.ListenAsync(_ct);

        var version = await CreateAsync("centre-a");
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var change = await subscription.Events.ReadAsync(deadline.Token);
        await hub.StopAsync(_ct);

        Assert.Equal(version, change.GraphVersion);
        await subscription.Events.Completion.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, hub.ListenerCount);
    }

    [Fact]
    public async Task a_listener_whose_start_a_poll_overtook_before_it_joined_still_gets_what_followed_in_order()
    {
        var racing = new RacingVersionStore(_reader);
        var hub = Hub(racing);
        using var first = await hub.ListenAsync(_ct);
        long overtaken = 0;
        // The second listener reads its start; before it joins, a batch commits and the hub's poll passes it.
        racing.AfterVersionRead = async () =>
        {
            overtaken = await CreateAsync("centre-a");
            await hub.PollAsync(_ct);
        };

        using var second = await hub.ListenAsync(_ct);
        var later = await CreateAsync("centre-b");
        await hub.PollAsync(_ct);

        Assert.Equal([overtaken, later], await DrainAsync(first));
        Assert.Equal([overtaken, later], await DrainAsync(second));
    }

    /// <summary>Runs something once, right after a graph version is read and before the caller gets it.</summary>
    private sealed class RacingVersionStore(IGraphStore inner) : DelegatingGraphStore(inner)
    {
        public Func<Task>? AfterVersionRead { get; set; }

        public override async Task<long> GetGraphVersionAsync(CancellationToken cancellationToken)
        {
            var version = await base.GetGraphVersionAsync(cancellationToken);
            if (AfterVersionRead is { } race)
            {
                AfterVersionRead = null;
                await race();
            }
            return version;
        }
    }

    /// <summary>Counts the reads of the change feed.</summary>
    private sealed class CountingFeedStore(IGraphStore inner) : DelegatingGraphStore(inner)
    {
        private int _feedReads;

        public int FeedReads => Volatile.Read(ref _feedReads);

        public override Task<IReadOnlyList<AuditEvent>> GetChangesAsync(long afterGraphVersion, int limit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _feedReads);
            return base.GetChangesAsync(afterGraphVersion, limit, cancellationToken);
        }
    }
}
