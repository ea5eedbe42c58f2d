using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

/// <summary>
/// Applies the writes of one batch, in order, inside the caller's immediate transaction. A failed
/// write throws and the caller's transaction rolls back everything before it.
/// </summary>
internal sealed partial class BatchWriter(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now)
{
    private readonly Dictionary<string, long> _nodeVersions = new(StringComparer.Ordinal);

    /// <summary>The version each created or updated node has after the batch.</summary>
    public IReadOnlyDictionary<string, long> NodeVersions => _nodeVersions;

    public static async Task<WriteResult> WriteAsync(
        SqliteConnection connection, WriteBatch batch, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        // Bumped before anything else: in a shared-cache (in-memory) database each table stays locked
        // until its transaction ends, and taking graph_meta first, as snapshots read it first, makes a
        // write and a snapshot wait for each other instead of deadlocking.
        var graphVersion = await BumpGraphVersionAsync(connection, transaction, cancellationToken);
        var writer = new BatchWriter(connection, transaction, now);
        foreach (var write in batch.Writes)
        {
            await writer.ApplyAsync(write, cancellationToken);
        }
        if (batch.Writes.Count(write => write is CreateNode or UpdateNode or DeleteNode) >= SearchIndexMigration.OptimizeAfterNodeWrites)
        {
            await SearchIndexMigration.OptimizeAsync(connection, transaction, cancellationToken);
        }
        // After the writes, so the event records the versions they produced; before the commit, so
        // the change and its event commit together or not at all.
        var audit = batch.Audit is { } entry ? await writer.AppendAuditAsync(entry, graphVersion, cancellationToken) : null;
        await transaction.CommitAsync(cancellationToken);
        return new WriteResult(graphVersion, writer.NodeVersions, audit);
    }

    private Task ApplyAsync(GraphWrite write, CancellationToken cancellationToken) => write switch
    {
        CreateNode create => CreateNodeAsync(create.Node, cancellationToken),
        UpdateNode update => UpdateNodeAsync(update, cancellationToken),
        DeleteNode delete => DeleteNodeAsync(delete, cancellationToken),
        PutRelationship put => PutRelationshipAsync(put.Relationship, cancellationToken),
        DeleteRelationship delete => DeleteRelationshipAsync(delete.Key, cancellationToken),
        _ => throw new NotSupportedException($"the SQLite store does not know the write {write.GetType().Name}"),
    };

    private static async Task<long> BumpGraphVersionAsync(
        SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            "UPDATE graph_meta SET value = value + 1 WHERE key = 'graph_version' RETURNING value", transaction);
        return await command.ExecuteScalarAsync(cancellationToken) as long?
            ?? throw GraphReads.NotMigrated();
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters) =>
        connection.Command(sql, transaction, parameters);

    /// <summary>
    /// A statement a batch repeats for each of its writes (creating a node, updating one, putting a relationship),
    /// compiled once per connection and reused, so a bulk import does not compile it hundreds of thousands of times.
    /// Not to be disposed: the connection owns it.
    /// </summary>
    private SqliteCommand Repeated(string sql, params (string Name, object? Value)[] parameters) =>
        connection.Prepared(sql, transaction, parameters);

    private static string Describe(RelationshipKey key) =>
        $"relationship {ConstantCase.ToText(key.Type)} from '{key.FromId}' to '{key.ToId}'";
}
