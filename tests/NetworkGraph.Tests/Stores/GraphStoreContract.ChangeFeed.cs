using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Stores;

/// <summary>
/// The change feed (<see cref="IGraphStore.GetChangesAsync"/>): the audited batches after a graph version, in commit
/// order, each once, whoever wrote them; what subscriptions are served from.
/// </summary>
public abstract partial class GraphStoreContract
{
    private static AuditEntry Entry(string operation, params string[] nodeIds) =>
        new(Coordinator, operation, nodeIds, new Dictionary<string, long>());

    private async Task<WriteResult> CreateAuditedAsync(string id) =>
        await AuditedAsync(Entry("createInstitution", id), new CreateNode(TestNodes.Institution(id, $"Centre {id}")));

    [StoreFact]
    public async Task the_feed_holds_the_audited_batches_in_commit_order_and_none_that_failed_or_went_unaudited()
    {
        var first = await CreateAuditedAsync("centre-a");
        await CreateAsync(TestNodes.Institution("centre-unaudited", "Unaudited"));
        await Assert.ThrowsAsync<GraphConflictException>(() => CreateAuditedAsync("centre-a"));
        var second = await CreateAuditedAsync("centre-b");

        var changes = await Store.GetChangesAsync(0, 10, Ct);

        Assert.Equal([first.GraphVersion, second.GraphVersion], changes.Select(c => c.GraphVersion));
        Assert.Equal([AuditEvent.IdFor(first.GraphVersion), AuditEvent.IdFor(second.GraphVersion)], changes.Select(c => c.Id));
        Assert.Equal(["centre-b"], changes[1].NodeIds);
        Assert.Equal(1, changes[1].VersionsAfter["centre-b"]);
        AssertSameActor(Coordinator, changes[0].Actor);
    }

    [StoreFact]
    public async Task the_feed_continues_after_a_position_and_a_limit_takes_the_oldest_first()
    {
        var versions = new List<long>();
        foreach (var id in new[] { "centre-a", "centre-b", "centre-c", "centre-d", "centre-e" })
        {
            versions.Add((await CreateAuditedAsync(id)).GraphVersion);
        }

        var firstTwo = await Store.GetChangesAsync(0, 2, Ct);
        var rest = await Store.GetChangesAsync(firstTwo[^1].GraphVersion, 10, Ct);
        var afterTheLast = await Store.GetChangesAsync(versions[^1], 10, Ct);

        Assert.Equal(versions[..2], firstTwo.Select(c => c.GraphVersion));
        Assert.Equal(versions[2..], rest.Select(c => c.GraphVersion));
        Assert.Empty(afterTheLast);
    }

    [StoreFact]
    public async Task batches_from_several_writers_each_appear_once_in_the_order_they_committed()
    {
        const int writers = 8;

        var results = await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(() => CreateAuditedAsync($"centre-{i}"))));

        var changes = await Store.GetChangesAsync(0, ChangeFeed.MaxLimit, Ct);
        Assert.Equal(results.Select(r => r.GraphVersion).Order(), changes.Select(c => c.GraphVersion));
        Assert.Equal(
            Enumerable.Range(0, writers).Select(i => $"centre-{i}").Order(StringComparer.Ordinal),
            changes.SelectMany(c => c.NodeIds).Order(StringComparer.Ordinal));
    }

    [StoreTheory]
    [InlineData(-1, 10)]
    [InlineData(0, 0)]
    [InlineData(0, ChangeFeed.MaxLimit + 1)]
    public async Task a_negative_position_or_a_limit_outside_one_to_the_maximum_is_refused(long after, int limit)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.GetChangesAsync(after, limit, Ct));
    }
}
