using NetworkGraph.Core.Seed;
using NetworkGraph.Store.Sqlite;
using NetworkGraph.Synthetic;

namespace NetworkGraph.Tests.Synthetic;

public sealed class SyntheticStoreTests
{
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task the_1k_graph_loads_into_the_sqlite_store_whole()
    {
        var graph = SyntheticGraph.Generate(1000);
        await using var store = new SqliteGraphStore(SqliteStoreOptions.InMemory($"synthetic-{Guid.NewGuid():N}"), TimeProvider.System);
        await store.MigrateAsync(Ct);

        var result = await new GraphSeeder(store).SeedAsync(graph, Ct);

        Assert.Equal((graph.Nodes.Count, graph.Relationships.Count, 0), (result.NodesCreated, result.RelationshipsCreated, result.NodesAlreadyPresent));
        var snapshot = await store.GetSnapshotAsync(Ct);
        Assert.Equal(graph.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), snapshot.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Equal(graph.Relationships.Count, snapshot.Relationships.Count);
    }

    [Fact]
    public async Task seeding_the_same_synthetic_graph_twice_changes_nothing_the_second_time()
    {
        var graph = SyntheticGraph.Generate(SyntheticGraph.MinimumInstitutions);
        await using var store = new SqliteGraphStore(SqliteStoreOptions.InMemory($"synthetic-{Guid.NewGuid():N}"), TimeProvider.System);
        await store.MigrateAsync(Ct);
        var seeder = new GraphSeeder(store);
        await seeder.SeedAsync(graph, Ct);

        var second = await seeder.SeedAsync(graph, Ct);

        Assert.Equal((0, 0, graph.Nodes.Count), (second.NodesCreated, second.RelationshipsCreated, second.NodesAlreadyPresent));
    }
}
