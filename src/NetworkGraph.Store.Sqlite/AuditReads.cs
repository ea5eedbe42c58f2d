using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

internal static class AuditReads
{
    public static async Task<AuditPage> FindAsync(SqliteConnection connection, AuditQuery query, CancellationToken cancellationToken)
    {
        // The count and the page must describe the same trail; the read transaction ends (nothing to
        // commit) when it is disposed.
        using var transaction = connection.BeginTransaction(deferred: true);
        // graph_meta first, the table every write locks first (see GraphReads.GetSnapshotAsync): in a
        // shared-cache (in-memory) database tables stay locked until their transaction ends, and a
        // common first lock keeps this read and a write's two audit inserts from deadlocking whatever
        // order SQLite locks the audit tables in within one statement.
        await using (var version = connection.Command(GraphReads.SelectVersion, transaction))
        {
            await version.ExecuteScalarAsync(cancellationToken);
        }
        await using var command = AuditQuerySql.Command(connection, transaction, query);
        var (events, totalCount) = await PagedListing.ReadAsync(command, AuditRows.ReadAllAsync, cancellationToken);
        return AuditPage.FromOneBeyond(events, query.First, totalCount);
    }

    /// <summary>
    /// The events after a graph version in commit order: an audit id is its batch's graph version, zero-padded
    /// (<see cref="AuditEvent.IdFor"/>), so one range read of the primary key serves it.
    /// </summary>
    public static async Task<IReadOnlyList<AuditEvent>> ChangesAsync(
        SqliteConnection connection, long afterGraphVersion, int limit, CancellationToken cancellationToken)
    {
        var command = connection.Prepared(
            $"SELECT {AuditRows.Columns} FROM audit_events a WHERE a.id > @after ORDER BY a.id LIMIT @limit",
            null,
            ("@after", AuditEvent.IdFor(afterGraphVersion)),
            ("@limit", limit));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await AuditRows.ReadAllAsync(reader, cancellationToken);
    }
}
