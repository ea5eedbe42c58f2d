using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

/// <summary>
/// The embedded graph store: every call is one rented connection and at most one transaction, and
/// the graph version lives in the database so that every instance sharing the file sees every write.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore, IAsyncDisposable, IDisposable
{
    private readonly SqliteConnections _connections;
    private readonly TimeProvider _timeProvider;

    // An in-memory database exists only while some connection to it is open.
    private readonly SqliteConnection? _keepAlive;
    private bool _disposed;

    public SqliteGraphStore(SqliteStoreOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _connections = new SqliteConnections(options);
        _timeProvider = timeProvider;
        _keepAlive = _connections.IsInMemory ? _connections.OpenKeepAlive() : null;
    }

    /// <summary>Brings the schema up to date; safe to run on every start and from several instances.</summary>
    public Task MigrateAsync(CancellationToken cancellationToken) =>
        RunAsync((connection, token) => SchemaMigrations.ApplyAsync(connection, _timeProvider.GetUtcNow(), token), cancellationToken);

    public Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count == 0
            ? Task.FromResult<IReadOnlyList<NodeRecord>>([])
            : RunAsync((connection, token) => NodeReads.GetAsync(connection, ids, token), cancellationToken);
    }

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        return RunAsync((connection, token) => NodeReads.FindAsync(connection, query, token), cancellationToken);
    }

    public Task<NodeSearchPage> SearchNodesAsync(NodeSearch search, CancellationToken cancellationToken)
    {
        NodeSearch.ThrowIfInvalid(search);
        return RunAsync((connection, token) => NodeReads.SearchAsync(connection, search, token), cancellationToken);
    }

    public Task<IReadOnlyList<RelationshipRecord>> ExpandAsync(
        IReadOnlyCollection<string> nodeIds,
        Direction direction,
        IReadOnlyCollection<RelationshipType> types,
        CancellationToken cancellationToken)
    {
        return Expansion.NothingToExpand(nodeIds, types)
            ? Task.FromResult<IReadOnlyList<RelationshipRecord>>([])
            : RunAsync((connection, token) => GraphReads.ExpandAsync(connection, nodeIds, direction, types, token), cancellationToken);
    }

    public Task<Expansion> ExpandWithEndsAsync(
        IReadOnlyCollection<string> nodeIds,
        Direction direction,
        IReadOnlyCollection<RelationshipType> types,
        CancellationToken cancellationToken)
    {
        return Expansion.NothingToExpand(nodeIds, types)
            ? Task.FromResult(Expansion.Empty)
            : RunAsync((connection, token) => GraphReads.ExpandWithEndsAsync(connection, nodeIds, direction, types, token), cancellationToken);
    }

    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken) =>
        RunAsync(GraphReads.GetVersionAsync, cancellationToken);

    public Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken) =>
        RunAsync(GraphReads.GetSnapshotAsync, cancellationToken);

    public Task<WriteResult> WriteAsync(WriteBatch batch, CancellationToken cancellationToken)
    {
        WriteBatch.ThrowIfInvalid(batch);
        return RunAsync(
            (connection, token) => BatchWriter.WriteAsync(connection, batch, _timeProvider.GetUtcNow(), token), cancellationToken);
    }

    public Task<AuditPage> FindAuditEventsAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        return RunAsync((connection, token) => AuditReads.FindAsync(connection, query, token), cancellationToken);
    }

    public Task<IReadOnlyList<AuditEvent>> GetChangesAsync(long afterGraphVersion, int limit, CancellationToken cancellationToken)
    {
        ChangeFeed.ThrowIfInvalid(afterGraphVersion, limit);
        return RunAsync((connection, token) => AuditReads.ChangesAsync(connection, afterGraphVersion, limit, token), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _connections.Dispose();
        if (_keepAlive is not null)
        {
            await _keepAlive.DisposeAsync();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _connections.Dispose();
        _keepAlive?.Dispose();
    }

    private Task RunAsync(Func<SqliteConnection, CancellationToken, Task> work, CancellationToken cancellationToken) =>
        RunAsync(
            async (connection, token) =>
            {
                await work(connection, token);
                return true;
            },
            cancellationToken);

    private async Task<T> RunAsync<T>(Func<SqliteConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            var connection = await _connections.RentAsync(cancellationToken);
            T result;
            try
            {
                result = await work(connection, cancellationToken);
            }
            catch
            {
                SqliteConnections.Discard(connection);
                throw;
            }
            _connections.Return(connection);
            return result;
        }
        catch (SqliteException exception) when (SqliteFailures.IsUnavailable(exception))
        {
            throw new GraphUnavailableException($"The SQLite graph store is unavailable: {exception.Message}", exception);
        }
    }
}
