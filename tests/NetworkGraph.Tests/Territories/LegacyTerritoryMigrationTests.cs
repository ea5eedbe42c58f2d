using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Territories;
using NetworkGraph.Store.Sqlite;

namespace NetworkGraph.Tests.Territories;

/// <summary>
/// A store written when an institution's territory was free text is upgraded once, in one audited batch: each
/// institution is located in the territory of that name (the seed's when it knows the name, else a new one), and
/// the text is gone.
/// </summary>
public sealed class LegacyTerritoryMigrationTests : IAsyncLifetime
{
    private static readonly SourceRef[] _source = [new("Test fixture", null, null)];
    private static CancellationToken Ct => CancellationToken.None;
    private readonly SqliteGraphStore _store = new(SqliteStoreOptions.InMemory($"legacy-{Guid.NewGuid():N}"), TimeProvider.System);

    public async Task InitializeAsync()
    {
        await _store.MigrateAsync(Ct);
        await _store.WriteAsync(new WriteBatch(
        [
            new CreateNode(Institution("harreragune", "MUNICIPAL", "Bilbao")),
            new CreateNode(Institution("smus", "MUNICIPAL", "BILBAO")),
            new CreateNode(Institution("basque-government", "REGIONAL", "Basque Country")),
            new CreateNode(Institution("lanbide", "REGIONAL", "Basque Country")),
            new CreateNode(Institution("local-2030-coalition", "INTERNATIONAL", null)),
        ]), Ct);
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    private static NodeRecord Node(string id, NodeLabel label, params (string Name, object? Value)[] properties) => new()
    {
        Id = id,
        Label = label,
        Properties = properties.Where(p => p.Value is not null).ToDictionary(p => p.Name, p => p.Value),
        Sources = _source,
    };

    private static NodeRecord Institution(string id, string level, string? territory) =>
        Node(id, NodeLabel.Institution, ("name", id), ("kind", "NGO"), ("level", level), ("description", "d"), ("territory", territory));

    [Fact]
    public async Task each_free_text_territory_becomes_a_located_in_and_the_text_goes()
    {
        var upgraded = await new LegacyTerritoryMigration(_store).RunAsync(Ct);

        Assert.Equal(4, upgraded);
        var snapshot = await _store.GetSnapshotAsync(Ct);
        Assert.All(snapshot.Nodes.Where(n => n.Label == NodeLabel.Institution), n => Assert.False(n.Properties.ContainsKey("territory")));
        var located = snapshot.Relationships.Where(r => r.Type == RelationshipType.LocatedIn).ToDictionary(r => r.FromId, r => r.ToId);
        Assert.Equal("bilbao", located["harreragune"]);
        Assert.Equal("bilbao", located["smus"]);
        Assert.Equal("basque-country", located["basque-government"]);
        Assert.Equal("basque-country", located["lanbide"]);
        Assert.False(located.ContainsKey("local-2030-coalition"));
        // Two spellings of one name make one territory, whose kind follows the level of the first institution.
        Assert.Single(snapshot.Nodes, n => n.Label == NodeLabel.Territory && n.Id.StartsWith("bilbao", StringComparison.Ordinal));
        var made = snapshot.Nodes.Single(n => n.Id == "basque-country");
        Assert.Equal((NodeLabel.Territory, "Basque Country", "REGION"), (made.Label, made.GetString("name"), made.GetString("kind")));
    }

    [Fact]
    public async Task a_name_the_seed_knows_becomes_the_seeds_sourced_territory()
    {
        var sourced = Node("euskadi", NodeLabel.Territory, ("name", "Basque Country"), ("kind", "REGION"), ("description", "The autonomous community.")) with
        {
            Sources = [new SourceRef("Statute of Autonomy", "https://example.org/statute", "article 2")],
        };

        await new LegacyTerritoryMigration(_store, _ => Task.FromResult<IReadOnlyList<NodeRecord>>([sourced])).RunAsync(Ct);

        var snapshot = await _store.GetSnapshotAsync(Ct);
        var territory = snapshot.Nodes.Single(n => n.Id == "euskadi");
        Assert.Equal(sourced.Sources, territory.Sources);
        Assert.Equal(2, snapshot.Relationships.Count(r => r.Type == RelationshipType.LocatedIn && r.ToId == "euskadi"));
        Assert.DoesNotContain(snapshot.Nodes, n => n.Id == "basque-country");
    }

    [Fact]
    public async Task a_store_that_holds_a_territory_is_taken_as_upgraded()
    {
        await _store.WriteAsync(new WriteBatch([new CreateNode(Node("getxo", NodeLabel.Territory, ("name", "Getxo"), ("kind", "MUNICIPALITY"), ("description", "d")))]), Ct);

        Assert.Equal(0, await new LegacyTerritoryMigration(_store).RunAsync(Ct));
    }

    [Fact]
    public async Task the_upgrade_is_one_audited_batch_and_a_second_run_writes_nothing()
    {
        await new LegacyTerritoryMigration(_store).RunAsync(Ct);
        var version = await _store.GetGraphVersionAsync(Ct);

        Assert.Equal(0, await new LegacyTerritoryMigration(_store).RunAsync(Ct));

        Assert.Equal(version, await _store.GetGraphVersionAsync(Ct));
        var events = await _store.FindAuditEventsAsync(new AuditQuery { First = 10 }, Ct);
        var audit = Assert.Single(events.Events, e => e.Operation == "migrateTerritories");
        // Every node the batch touched: the institutions moved, and the territories they are now located in.
        string[] moved = ["basque-government", "harreragune", "lanbide", "smus"];
        var snapshot = await _store.GetSnapshotAsync(Ct);
        var territories = snapshot.Relationships.Where(r => r.Type == RelationshipType.LocatedIn && moved.Contains(r.FromId)).Select(r => r.ToId);
        Assert.Equal(moved.Concat(territories).Distinct().Order(StringComparer.Ordinal), audit.NodeIds.Order(StringComparer.Ordinal));
    }
}
