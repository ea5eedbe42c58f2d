using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

/// <summary>
/// The schema as an ordered list of steps. A database records the steps it has taken, so each runs
/// once, and each runs in its own transaction so a failed step leaves the previous schema intact.
/// </summary>
internal static class SchemaMigrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "nodes, relationships and the graph version", """
            CREATE TABLE nodes (
                id TEXT NOT NULL PRIMARY KEY,
                label TEXT NOT NULL,
                version INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                properties TEXT NOT NULL,
                sources TEXT NOT NULL,
                search_text TEXT NOT NULL
            );
            CREATE INDEX nodes_by_label ON nodes (label, id);

            CREATE TABLE relationships (
                type TEXT NOT NULL,
                from_id TEXT NOT NULL REFERENCES nodes (id),
                to_id TEXT NOT NULL REFERENCES nodes (id),
                properties TEXT NOT NULL,
                sources TEXT NOT NULL,
                PRIMARY KEY (type, from_id, to_id)
            ) WITHOUT ROWID;
            CREATE INDEX relationships_by_to ON relationships (to_id, type);
            CREATE INDEX relationships_by_from ON relationships (from_id, type);

            CREATE TABLE graph_meta (
                key TEXT NOT NULL PRIMARY KEY,
                value INTEGER NOT NULL
            );
            INSERT INTO graph_meta (key, value) VALUES ('graph_version', 0);
            """),
        new(2, "the append-only audit trail", """
            CREATE TABLE audit_events (
                id TEXT NOT NULL PRIMARY KEY,
                at TEXT NOT NULL,
                graph_version INTEGER NOT NULL,
                actor_subject TEXT,
                actor_org TEXT,
                actor_roles TEXT NOT NULL,
                operation TEXT NOT NULL,
                node_ids TEXT NOT NULL,
                versions_before TEXT NOT NULL,
                versions_after TEXT NOT NULL
            );
            -- The id last in each index: a filtered page walks one index in id order and stops at its limit.
            CREATE INDEX audit_events_by_org ON audit_events (actor_org, id);
            CREATE INDEX audit_events_by_subject ON audit_events (actor_subject, id);
            CREATE INDEX audit_events_by_at ON audit_events (at, id);

            -- No reference to nodes: a deleted node keeps its history.
            CREATE TABLE audit_event_nodes (
                node_id TEXT NOT NULL,
                event_id TEXT NOT NULL REFERENCES audit_events (id),
                PRIMARY KEY (node_id, event_id)
            ) WITHOUT ROWID;

            -- Append-only even for a hand-written statement: an audit trail that can be edited proves nothing.
            CREATE TRIGGER audit_events_are_not_updated BEFORE UPDATE ON audit_events
            BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
            CREATE TRIGGER audit_events_are_not_deleted BEFORE DELETE ON audit_events
            BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
            CREATE TRIGGER audit_event_nodes_are_not_updated BEFORE UPDATE ON audit_event_nodes
            BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
            CREATE TRIGGER audit_event_nodes_are_not_deleted BEFORE DELETE ON audit_event_nodes
            BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
            """),
        new(3, "an index of property values, for filtered lists", """
            -- One row per property value of a node: the value itself, or each element of a list (or each member
            -- of an object), exactly the rows json_each yields for the property's path, so a filter reads the
            -- index instead of parsing every node's JSON. A null matches nothing and is not kept.
            -- BLOB affinity: values are kept and compared as json_each gives them, never converted ("007" stays
            -- text, 7 stays a number), so a filter matches exactly what it matched on the JSON. A rowid table:
            -- some values are long texts, which a WITHOUT ROWID table stores poorly.
            CREATE TABLE node_property_values (
                name TEXT NOT NULL,
                value BLOB NOT NULL,
                node_id TEXT NOT NULL
            );
            CREATE UNIQUE INDEX node_property_values_by_value ON node_property_values (name, value, node_id);
            CREATE INDEX node_property_values_by_node ON node_property_values (node_id);

            -- Kept by triggers, in the same transaction as the change to the node, whatever statement makes it.
            CREATE TRIGGER nodes_index_new_property_values AFTER INSERT ON nodes
            BEGIN
                INSERT OR IGNORE INTO node_property_values (name, value, node_id)
                SELECT p.key, v.value, NEW.id FROM json_each(NEW.properties) AS p, json_each(NEW.properties, p.fullkey) AS v
                WHERE v.value IS NOT NULL;
            END;
            CREATE TRIGGER nodes_reindex_changed_property_values AFTER UPDATE OF id, properties ON nodes
            BEGIN
                DELETE FROM node_property_values WHERE node_id = OLD.id;
                INSERT OR IGNORE INTO node_property_values (name, value, node_id)
                SELECT p.key, v.value, NEW.id FROM json_each(NEW.properties) AS p, json_each(NEW.properties, p.fullkey) AS v
                WHERE v.value IS NOT NULL;
            END;
            CREATE TRIGGER nodes_unindex_deleted_property_values AFTER DELETE ON nodes
            BEGIN
                DELETE FROM node_property_values WHERE node_id = OLD.id;
            END;

            INSERT OR IGNORE INTO node_property_values (name, value, node_id)
            SELECT p.key, v.value, n.id FROM nodes AS n, json_each(n.properties) AS p, json_each(n.properties, p.fullkey) AS v
            WHERE v.value IS NOT NULL;
            """),
        SearchIndexMigration.Step,
    ];

    private const string CreateHistory = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER NOT NULL PRIMARY KEY,
            description TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        """;

    public static async Task ApplyAsync(SqliteConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using (var create = connection.Command(CreateHistory, transaction: null))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var migration in All)
        {
            await ApplyAsync(connection, migration, now, cancellationToken);
        }
        await RefuseNewerSchemaAsync(connection, cancellationToken);
    }

    private static async Task ApplyAsync(SqliteConnection connection, Migration migration, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Immediate: two instances starting together must not both take the same step.
        using var transaction = connection.BeginTransaction(deferred: false);
        await using (var applied = connection.Command(
            "SELECT count(*) FROM schema_migrations WHERE version = @version", transaction, ("@version", migration.Version)))
        {
            if ((long)(await applied.ExecuteScalarAsync(cancellationToken))! > 0)
            {
                return;
            }
        }
        await using (var step = connection.Command(migration.Sql, transaction))
        {
            await step.ExecuteNonQueryAsync(cancellationToken);
        }
        if (migration.FillAsync is { } fill)
        {
            await fill(connection, transaction, cancellationToken);
        }
        await using (var record = connection.Command(
            "INSERT INTO schema_migrations (version, description, applied_at) VALUES (@version, @description, @appliedAt)",
            transaction,
            ("@version", migration.Version), ("@description", migration.Description), ("@appliedAt", Instants.Format(now))))
        {
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    // A database migrated by a newer build may hold data this build would misread or damage.
    private static async Task RefuseNewerSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var newest = connection.Command("SELECT max(version) FROM schema_migrations", transaction: null);
        var version = (long)(await newest.ExecuteScalarAsync(cancellationToken))!;
        var known = All[^1].Version;
        if (version > known)
        {
            throw new InvalidOperationException(
                $"The SQLite database is at schema version {version}, but this build knows versions up to {known}; upgrade the service.");
        }
    }
}

/// <summary>A schema step: its SQL, and the .NET part when existing rows need what SQL cannot compute (folding text).</summary>
internal sealed record Migration(
    int Version, string Description, string Sql, Func<SqliteConnection, SqliteTransaction, CancellationToken, Task>? FillAsync = null);
