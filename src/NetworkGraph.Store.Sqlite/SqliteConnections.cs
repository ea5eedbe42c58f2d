using Microsoft.Data.Sqlite;

namespace NetworkGraph.Store.Sqlite;

/// <summary>Opens connections with the settings every unit of work relies on.</summary>
internal sealed class SqliteConnections
{
    // FULL: a write acknowledged to a caller survives power loss. The busy timeout lets a writer
    // wait for another instance's transaction instead of failing at once.
    private const string CommonPragmas = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";

    // WAL lets readers keep reading while one writer commits; in-memory databases cannot use it.
    private const string FilePragmas = "PRAGMA journal_mode = WAL; " + CommonPragmas;

    private readonly string _connectionString;
    private readonly string _pragmas;

    public SqliteConnections(SqliteStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
        IsInMemory = builder.Mode == SqliteOpenMode.Memory
            || string.Equals(builder.DataSource, ":memory:", StringComparison.Ordinal);
        if (IsInMemory && builder.Cache != SqliteCacheMode.Shared)
        {
            throw new ArgumentException(
                "A private in-memory SQLite database vanishes with its connection and every unit of work opens its own; use SqliteStoreOptions.InMemory(name).",
                nameof(options));
        }
        _connectionString = options.ConnectionString;
        _pragmas = IsInMemory ? CommonPragmas : FilePragmas;
    }

    public bool IsInMemory { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opened without a unit of work: holds an in-memory database alive for the store's lifetime.</summary>
    public SqliteConnection OpenKeepAlive()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Releases pooled connections so that a closed store leaves no file handle or in-memory database behind.</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
