using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Sqlite;

namespace NetworkGraph.Tests.Stores;

/// <summary>
/// A whole graph read from SQLite, which the analysis holds, keeps one copy of what its records repeat: ids, sources,
/// property names.
/// </summary>
public sealed class SqliteSnapshotSharingTests : IAsyncLifetime
{
    private static CancellationToken Ct => CancellationToken.None;

    private readonly SqliteGraphStore _store = new(
        SqliteStoreOptions.InMemory($"sharing-{Guid.NewGuid():N}"), new ManualTimeProvider(new DateTimeOffset(2025, 9, 30, 9, 0, 0, TimeSpan.Zero)));

    public async Task InitializeAsync()
    {
        await _store.MigrateAsync(Ct);
        await _store.WriteAsync(
            WriteBatch.Of(
                new CreateNode(TestNodes.Institution("lanbide", "Lanbide", level: GovernanceLevel.Regional)),
                new CreateNode(TestNodes.Institution("harreragune", "Harreragune")),
                new CreateNode(TestNodes.Network("aholku-sarea", "Aholku Sarea")),
                new PutRelationship(TestNodes.Relationship(RelationshipType.MemberOf, "lanbide", "aholku-sarea")),
                new PutRelationship(TestNodes.Relationship(RelationshipType.MemberOf, "harreragune", "aholku-sarea"))),
            Ct);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task a_relationships_ends_are_the_nodes_own_ids()
    {
        var snapshot = await _store.GetSnapshotAsync(Ct);

        var network = snapshot.Nodes.Single(n => n.Id == "aholku-sarea");
        Assert.All(snapshot.Relationships, r => Assert.Same(network.Id, r.ToId));
        Assert.Same(snapshot.Nodes.Single(n => n.Id == "lanbide").Id, snapshot.Relationships.Single(r => r.FromId == "lanbide").FromId);
    }

    [Fact]
    public async Task records_citing_the_same_sources_share_them_and_still_read_them_whole()
    {
        var snapshot = await _store.GetSnapshotAsync(Ct);

        var lanbide = snapshot.Nodes.Single(n => n.Id == "lanbide");
        var harreragune = snapshot.Nodes.Single(n => n.Id == "harreragune");
        Assert.Same(lanbide.Sources, harreragune.Sources);
        Assert.Equal(TestNodes.Institution("lanbide", "Lanbide").Sources, lanbide.Sources);
    }

    [Fact]
    public async Task records_with_the_same_property_names_share_them()
    {
        var snapshot = await _store.GetSnapshotAsync(Ct);

        var institutions = snapshot.Nodes.Where(n => n.Label == NodeLabel.Institution).ToList();
        Assert.Same(institutions[0].Properties.Keys, institutions[1].Properties.Keys);
        Assert.Equal("Harreragune", institutions.Single(n => n.Id == "harreragune").GetString("name"));
    }
}
