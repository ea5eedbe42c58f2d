using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Sqlite;

namespace NetworkGraph.Tests.Stores;

/// <summary>What only the SQLite store promises: a durable file, repeatable migrations, WAL, failures it reports.</summary>
public sealed class SqliteGraphStoreTests : IDisposable
{
    private static CancellationToken Ct => CancellationToken.None;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"networkgraph-store-{Guid.NewGuid():N}");
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2025, 9, 30, 9, 0, 0, TimeSpan.Zero));

    private string DatabasePath => Path.Combine(_directory, "data", "networkgraph.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task reads_on_kept_open_connections_leave_no_read_open_and_see_another_instances_writes()
    {
        var options = SqliteStoreOptions.ForFile(DatabasePath);
        await using var store = await OpenAsync(options);
        await using var other = await OpenAsync(options);
        await store.WriteAsync(
            WriteBatch.Of(
                new CreateNode(TestNodes.Institution("harreragune", "Harreragune")),
                new CreateNode(TestNodes.Institution("smus", "SMUS")),
                new CreateNode(TestNodes.Network("aholku-sarea", "Aholku Sarea")),
                new PutRelationship(TestNodes.Relationship(RelationshipType.MemberOf, "harreragune", "aholku-sarea"))),
            Ct);

        // Every read shape, each twice so that the second runs on a reused connection and statement.
        for (var round = 0; round < 2; round++)
        {
            await store.GetNodesAsync(["harreragune"], Ct);
            await store.GetNodesAsync(["harreragune", "smus"], Ct);
            await store.ExpandAsync(["harreragune"], Direction.Outgoing, [RelationshipType.MemberOf], Ct);
            await store.ExpandWithEndsAsync(["harreragune", "smus"], Direction.Outgoing, [RelationshipType.MemberOf, RelationshipType.Funds], Ct);
            await store.GetGraphVersionAsync(Ct);
        }
        await other.WriteAsync(WriteBatch.Of(new CreateNode(TestNodes.Institution("lanbide", "Lanbide"))), Ct);

        Assert.Equal("lanbide", Assert.Single(await store.GetNodesAsync(["lanbide"], Ct)).Id);
        await using var checkpoint = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await checkpoint.OpenAsync();
        await using var command = checkpoint.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await using var result = await command.ExecuteReaderAsync();
        Assert.True(await result.ReadAsync());
        Assert.Equal(0L, result.GetInt64(0)); // not blocked: no connection of the store holds a read open
    }

    [Fact]
    public async Task a_file_store_keeps_its_graph_when_reopened()
    {
        var options = SqliteStoreOptions.ForFile(DatabasePath);
        WriteResult written;
        await using (var store = await OpenAsync(options))
        {
            await store.WriteAsync(
                WriteBatch.Of(
                    new CreateNode(TestNodes.Institution("penascal-cooperative", "Peñascal Cooperative", kind: ActorKind.SocialEnterprise)),
                    new CreateNode(TestNodes.Network("aholku-sarea", "Aholku Sarea")),
                    new PutRelationship(TestNodes.Relationship(RelationshipType.MemberOf, "penascal-cooperative", "aholku-sarea"))),
                Ct);
            written = await store.WriteAsync(
                WriteBatch.Of(new UpdateNode("aholku-sarea", 1, TestNodes.Network("aholku-sarea", "Aholku Sarea – Red Vasca").Properties, [])),
                Ct);
        }

        await using var reopened = await OpenAsync(options);
        var snapshot = await reopened.GetSnapshotAsync(Ct);

        Assert.Equal(written.GraphVersion, snapshot.Version);
        Assert.Equal(["aholku-sarea", "penascal-cooperative"], snapshot.Nodes.Select(node => node.Id));
        Assert.Equal("Aholku Sarea – Red Vasca", snapshot.Nodes[0].GetString("name"));
        Assert.Equal(2, snapshot.Nodes[0].Version);
        Assert.Equal("Peñascal Cooperative", snapshot.Nodes[1].GetString("name"));
        Assert.Single(snapshot.Relationships);
    }

    [Fact]
    public async Task for_file_creates_the_missing_directory()
    {
        var options = SqliteStoreOptions.ForFile(DatabasePath);
        await using var store = await OpenAsync(options);

        Assert.True(File.Exists(DatabasePath));
    }

    [Fact]
    public async Task migrating_again_changes_nothing()
    {
        var options = SqliteStoreOptions.ForFile(DatabasePath);
        await using var store = await OpenAsync(options);
        await store.WriteAsync(WriteBatch.Of(new CreateNode(TestNodes.Institution("lanbide", "Lanbide"))), Ct);

        await store.MigrateAsync(Ct);
        await using (var second = new SqliteGraphStore(options, _clock))
        {
            await second.MigrateAsync(Ct);
        }

        Assert.Equal([1L, 2L, 3L, 4L], await QueryAsync(options, "SELECT version FROM schema_migrations ORDER BY version"));
        Assert.Equal(1, await store.GetGraphVersionAsync(Ct));
        Assert.Single(await store.GetNodesAsync(["lanbide"], Ct));
    }

    [Fact]
    public async Task the_property_index_is_filled_from_the_nodes_a_database_already_holds()
    {
        var options = SqliteStoreOptions.ForFile(DatabasePath);
        await using (var store = await OpenAsync(options))
        {
            await store.WriteAsync(WriteBatch.Of(
                new CreateNode(TestNodes.Institution("lanbide", "Lanbide", level: GovernanceLevel.Regional)),
                new CreateNode(TestNodes.Institution("smus", "SMUS"))), Ct);
        }
        // Back to the schema before the index, with the nodes kept.
        foreach (var undo in (string[])[
            "DROP TRIGGER nodes_index_new_property_values",
            "DROP TRIGGER nodes_reindex_changed_property_values",
            "DROP TRIGGER nodes_unindex_deleted_property_values",
            "DROP TABLE node_property_values",
            "DELETE FROM schema_migrations WHERE version = 3"])
        {
            await QueryAsync(options, undo);
        }

        await using var migrated = await OpenAsync(options);
        var regional = await migrated.FindNodesAsync(
            new NodeQuery { PropertyIn = new Dictionary<string, IReadOnlyCollection<string>> { ["level"] = ["REGIONAL"] } }, Ct);

        Assert.Equal(["lanbide"], regional.Nodes.Select(node => node.Id));
        Assert.Equal(["lanbide", "smus"], await QueryAsync(options, "SELECT DISTINCT node_id FROM node_property_values ORDER BY node_id"));
    }

    [Fact]
    public async Task the_search_index_is_filled_from_the_nodes_a_database_already_holds()
    {
        var options = SqliteStoreOptions.ForFile(DatabasePath);
        await using (var store = await OpenAsync(options))
        {
            await store.WriteAsync(WriteBatch.Of(
                new CreateNode(TestNodes.Institution("penascal-cooperative", "Peñascal Cooperative")),
                new CreateNode(TestNodes.Institution("zz-smus", "Servicio Municipal de Urgencias Sociales", "SMUS"))), Ct);
        }
        // Back to the schema before the index, with the nodes and their search text as that schema wrote it.
        foreach (var undo in (string[])[
            "DROP TRIGGER nodes_index_new_search_terms",
            "DROP TRIGGER nodes_reindex_changed_search_terms",
            "DROP TRIGGER nodes_unindex_deleted_search_terms",
            "DROP TABLE node_search_trigrams",
            "DROP TABLE node_search_terms",
            "UPDATE nodes SET search_text = id || ' ' || lower(json_extract(properties, '$.name'))",
            "DELETE FROM schema_migrations WHERE version = 4"])
        {
            await QueryAsync(options, undo);
        }

        await using var migrated = await OpenAsync(options);

        var found = await migrated.SearchNodesAsync(new NodeSearch { Text = "penascal" }, Ct);
        Assert.Equal(["penascal-cooperative"], found.Nodes.Select(node => node.Id));
        var smus = await migrated.SearchNodesAsync(new NodeSearch { Text = "smus" }, Ct);
        Assert.Equal(["zz-smus"], smus.Nodes.Select(node => node.Id));
        Assert.Equal(5L, Assert.Single(await QueryAsync(options, "SELECT count(*) FROM node_search_terms")));
        Assert.Equal(
            ["penascal-cooperative"],
            await QueryAsync(options, "SELECT DISTINCT t.node_id FROM node_search_trigrams f JOIN node_search_terms t ON t.rowid = f.rowid WHERE node_search_trigrams MATCH '\"nasca\"'"));
    }

    [Fact]
    public async Task the_search_index_keeps_one_row_per_term_through_writes()
    {
        var options = SqliteStoreOptions.ForFile(DatabasePath);
        await using var store = await OpenAsync(options);
        var created = await store.WriteAsync(WriteBatch.Of(new CreateNode(TestNodes.Institution("lanbide", "Lanbide", "LB"))), Ct);
        await store.WriteAsync(WriteBatch.Of(new UpdateNode(
            "lanbide", created.NodeVersions["lanbide"], TestNodes.Institution("lanbide", "Servicio Vasco de Empleo").Properties, [TestNodes.Report])), Ct);

        Assert.Equal(
            ["ID lanbide", "NAME servicio vasco de empleo"],
            await QueryAsync(options, "SELECT kind || ' ' || term FROM node_search_terms ORDER BY kind"));
        Assert.Equal(["ok"], await QueryAsync(options, "INSERT INTO node_search_trigrams (node_search_trigrams, rank) VALUES ('integrity-check', 1); SELECT 'ok'"));

        await store.WriteAsync(WriteBatch.Of(new DeleteNode("lanbide", created.NodeVersions["lanbide"] + 1, Detach: false)), Ct);

        Assert.Empty(await QueryAsync(options, "SELECT term FROM node_search_terms"));
        Assert.Equal(0L, Assert.Single(await QueryAsync(options, "SELECT count(*) FROM node_search_trigrams WHERE node_search_trigrams MATCH '\"lanbide\"'")));
    }

    [Fact]
    public async Task a_batch_large_enough_to_merge_the_search_index_leaves_it_whole_and_searchable()
    {
        var options = SqliteStoreOptions.ForFile(DatabasePath);
        await using var store = await OpenAsync(options);
        var offices = Enumerable.Range(1, SearchIndexMigration.OptimizeAfterNodeWrites)
            .Select(i => (GraphWrite)new CreateNode(TestNodes.Institution($"office-{i:D4}", $"Lanbide office {i}")));

        await store.WriteAsync(WriteBatch.Of([.. offices, new CreateNode(TestNodes.Institution("zz-lanbide", "Lanbide"))]), Ct);

        Assert.Equal(["ok"], await QueryAsync(options, "INSERT INTO node_search_trigrams (node_search_trigrams, rank) VALUES ('integrity-check', 1); SELECT 'ok'"));
        Assert.Equal(["zz-lanbide"], (await store.SearchNodesAsync(new NodeSearch { Text = "lanbide", First = 1 }, Ct)).Nodes.Select(node => node.Id));
        Assert.Equal(
            (long)SearchIndexMigration.OptimizeAfterNodeWrites,
            Assert.Single(await QueryAsync(options, "SELECT count(*) FROM node_search_trigrams WHERE node_search_trigrams MATCH '\"lanbide office\"'")));
    }

    [Theory]
    [InlineData("bilbao", "bilbap")]
    [InlineData("pen\u00f1", "pen\u00f2")]
    [InlineData("a\uD7FF", "a\uE000")]
    [InlineData("a\uD83D\uDE00", "a\uD83D\uDE01")]
    [InlineData("a\uFFFF", "a\uD800\uDC00")]
    public void the_prefix_range_of_a_search_ends_at_the_text_with_its_last_code_point_raised(string prefix, string pastPrefix) =>
        Assert.Equal(pastPrefix, NodeSearchSql.PastPrefix(prefix));

    [Fact]
    public void a_text_without_an_end_to_its_prefix_range_has_none()
    {
        // Built in code: a lone surrogate does not survive an attribute's metadata.
        Assert.Null(NodeSearchSql.PastPrefix(""));
        Assert.Null(NodeSearchSql.PastPrefix("a\uDBFF\uDFFF"));
        Assert.Null(NodeSearchSql.PastPrefix(new string(['a', (char)0xD800])));
    }

    [Theory]
    [InlineData("UPDATE audit_events SET actor_org = 'someone-else'")]
    [InlineData("DELETE FROM audit_events")]
    [InlineData("UPDATE audit_event_nodes SET node_id = 'someone-else'")]
    [InlineData("DELETE FROM audit_event_nodes")]
    public async Task the_audit_trail_refuses_edits_even_behind_the_back_of_the_store(string edit)
    {
        var options = SqliteStoreOptions.ForFile(DatabasePath);
        await using var store = await OpenAsync(options);
        var entry = new AuditEntry(new AuditActor("ane.etxeberria", "basque-government", ["coordinator"]), "createInstitution", ["lanbide"], new Dictionary<string, long>());
        await store.WriteAsync(WriteBatch.Of(new CreateNode(TestNodes.Institution("lanbide", "Lanbide"))) with { Audit = entry }, Ct);

        var refused = await Assert.ThrowsAsync<SqliteException>(() => QueryAsync(options, edit));

        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        var audit = Assert.Single((await store.FindAuditEventsAsync(new AuditQuery { NodeId = "lanbide" }, Ct)).Events);
        Assert.Equal("basque-government", audit.Actor.Org);
    }

    [Fact]
    public async Task a_database_from_a_newer_build_is_refused()
    {
        var options = SqliteStoreOptions.ForFile(DatabasePath);
        await using var store = await OpenAsync(options);
        await QueryAsync(options, "INSERT INTO schema_migrations (version, description, applied_at) VALUES (999, 'future', '2030-01-01T00:00:00.000Z')");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => store.MigrateAsync(Ct));

        Assert.Contains("999", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_file_store_writes_ahead_to_a_log()
    {
        var options = SqliteStoreOptions.ForFile(DatabasePath);
        await using var store = await OpenAsync(options);

        Assert.Equal(["wal"], await QueryAsync(options, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task a_store_that_cannot_open_its_file_is_unavailable()
    {
        Directory.CreateDirectory(_directory);
        var blocker = Path.Combine(_directory, "not-a-directory");
        await File.WriteAllTextAsync(blocker, "a file where the database directory should be", Ct);
        await using var store = new SqliteGraphStore(new SqliteStoreOptions($"Data Source={Path.Combine(blocker, "networkgraph.db")}"), _clock);

        await Assert.ThrowsAsync<GraphUnavailableException>(() => store.MigrateAsync(Ct));
    }

    [Fact]
    public async Task a_write_that_cannot_get_the_write_lock_is_unavailable()
    {
        var options = SqliteStoreOptions.ForFile(DatabasePath);
        await using var store = await OpenAsync(options);
        // A short command timeout bounds the library's own retries; SQLite still waits its busy timeout once.
        var impatient = new SqliteStoreOptions(options.ConnectionString + ";Default Timeout=1");
        await using var impatientStore = new SqliteGraphStore(impatient, _clock);
        await using var holder = new SqliteConnection(options.ConnectionString);
        await holder.OpenAsync(Ct);
        using var held = holder.BeginTransaction(deferred: false);

        await Assert.ThrowsAsync<GraphUnavailableException>(
            () => impatientStore.WriteAsync(WriteBatch.Of(new CreateNode(TestNodes.Institution("lanbide", "Lanbide"))), Ct));
    }

    [Fact]
    public void a_private_in_memory_database_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new SqliteGraphStore(new SqliteStoreOptions("Data Source=:memory:"), _clock));
    }

    [Fact]
    public async Task in_memory_stores_with_different_names_are_separate_and_vanish_when_disposed()
    {
        var name = $"separate-{Guid.NewGuid():N}";
        await using (var first = await OpenAsync(SqliteStoreOptions.InMemory(name)))
        await using (var other = await OpenAsync(SqliteStoreOptions.InMemory($"{name}-other")))
        {
            await first.WriteAsync(WriteBatch.Of(new CreateNode(TestNodes.Institution("lanbide", "Lanbide"))), Ct);

            Assert.Empty(await other.GetNodesAsync(["lanbide"], Ct));
            Assert.Single(await first.GetNodesAsync(["lanbide"], Ct));
        }

        await using var recreated = await OpenAsync(SqliteStoreOptions.InMemory(name));
        Assert.Empty(await recreated.GetNodesAsync(["lanbide"], Ct));
        Assert.Equal(0, await recreated.GetGraphVersionAsync(Ct));
    }

    [Fact]
    public async Task expand_orders_relationships_by_type_then_ends()
    {
        await using var store = await OpenAsync(SqliteStoreOptions.InMemory($"order-{Guid.NewGuid():N}"));
        await store.WriteAsync(
            WriteBatch.Of(
                new CreateNode(TestNodes.Institution("basque-government", "Basque Government", level: GovernanceLevel.Regional)),
                new CreateNode(TestNodes.Institution("lanbide", "Lanbide")),
                new CreateNode(TestNodes.Institution("harreragune", "Harreragune")),
                new PutRelationship(TestNodes.Relationship(RelationshipType.RefersTo, "basque-government", "lanbide")),
                new PutRelationship(TestNodes.Relationship(RelationshipType.Funds, "basque-government", "lanbide")),
                new PutRelationship(TestNodes.Relationship(RelationshipType.RefersTo, "basque-government", "harreragune")),
                new PutRelationship(TestNodes.Relationship(RelationshipType.Funds, "basque-government", "harreragune"))),
            Ct);

        var outgoing = await store.ExpandAsync(
            ["basque-government"], Direction.Outgoing, [RelationshipType.RefersTo, RelationshipType.Funds], Ct);

        Assert.Equal(
            [
                (RelationshipType.Funds, "harreragune"), (RelationshipType.Funds, "lanbide"),
                (RelationshipType.RefersTo, "harreragune"), (RelationshipType.RefersTo, "lanbide"),
            ],
            outgoing.Select(r => (r.Type, r.ToId)));
    }

    private async Task<SqliteGraphStore> OpenAsync(SqliteStoreOptions options)
    {
        var store = new SqliteGraphStore(options, _clock);
        await store.MigrateAsync(Ct);
        return store;
    }

    /// <summary>Reads the database behind the store's back, as an operator with the sqlite3 shell would.</summary>
    private static async Task<List<object>> QueryAsync(SqliteStoreOptions options, string sql)
    {
        await using var connection = new SqliteConnection(options.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var values = new List<object>();
        while (await reader.ReadAsync(Ct))
        {
            values.Add(reader.GetValue(0));
        }
        return values;
    }
}
