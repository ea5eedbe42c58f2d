using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Neo4j.Cypher;
using NetworkGraph.Store.Neo4j.Writes;

namespace NetworkGraph.Store.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public Task<WriteResult> WriteAsync(WriteBatch batch, CancellationToken cancellationToken)
    {
        WriteBatch.ThrowIfInvalid(batch);
        return RunAsync(token => WriteInTransactionAsync(batch, token), cancellationToken);
    }

    /// <summary>Deletes every node and relationship, the graph version and the audit trail with them; for tests only.</summary>
    internal Task DeleteEverythingAsync(CancellationToken cancellationToken) =>
        RunAsync(
            async token =>
            {
                await WriteOneAsync(Statements.DeleteEverything, CypherParameters.None, token);
                return true;
            },
            cancellationToken);

    private async Task<WriteResult> WriteInTransactionAsync(WriteBatch batch, CancellationToken cancellationToken)
    {
        var (transaction, bumped) = await _client.BeginAsync(Statements.BumpGraphVersion, CypherParameters.None, _bookmarks.Current, cancellationToken);
        try
        {
            var graphVersion = bumped.SingleOrNone("version") as long? ?? throw SchemaMissing();
            var writer = new BatchWriter(transaction, _timeProvider.GetUtcNow());
            foreach (var run in WriteRuns.Of(batch.Writes))
            {
                await writer.ApplyAsync(run, cancellationToken);
            }
            // After the writes, so the event records the versions they produced; before the commit, so
            // the change and its event commit together or not at all.
            var audit = batch.Audit is { } entry ? await writer.AppendAuditAsync(entry, graphVersion, cancellationToken) : null;
            _bookmarks.Replace(await transaction.CommitAsync(cancellationToken));
            return new WriteResult(graphVersion, writer.NodeVersions, audit);
        }
        catch
        {
            // The caller's token may be what failed the batch; the rollback gets its own deadline.
            using var rollbackTimeout = new CancellationTokenSource(_options.Timeout);
            await transaction.RollbackAsync(rollbackTimeout.Token);
            throw;
        }
    }
}
