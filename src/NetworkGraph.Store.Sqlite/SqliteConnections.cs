using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace NetworkGraph.Store.Sqlite;

/// <summary>
/// The store's own pool of open connections. Each connection is set up once with the settings every unit
/// of work relies on, and keeps the statements prepared on it (<see cref="SqliteCommands.Prepared"/>) for
/// its lifetime. A unit of work rents a connection, has it alone, and gives it back; a connection whose
/// unit of work failed is closed rather than reused.
/// </summary>
internal sealed class SqliteConnections : IDisposable
{
    // FULL: a write acknowledged to a caller survives power loss. The busy timeout lets a writer
    // wait for another instance's transaction instead of failing at once.
    private const string CommonPragmas = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";

    // WAL lets readers keep reading while one writer commits; in-memory databases cannot use it.
    private const string FilePragmas = "PRAGMA journal_mode = WAL; " + CommonPragmas;

    /// <summary>Idle connections kept open; more may be open while busy, and are closed when given back.</summary>
    public const int MaxIdle = 16;

    private readonly string _connectionString;
    private readonly string _pragmas;
    private readonly ConcurrentBag<SqliteConnection> _idle = [];
    private int _idleCount;
    private volatile bool _closed;

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
        // This pool keeps connections open; closing one must really close it.
        builder.Pooling = false;
        _connectionString = builder.ToString();
        _pragmas = IsInMemory ? CommonPragmas : FilePragmas;
    }

    public bool IsInMemory { get; }

    /// <summary>How many connections wait, open, for the next unit of work.</summary>
    public int IdleCount => Volatile.Read(ref _idleCount);

    public async Task<SqliteConnection> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (_idle.TryTake(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            return idle;
        }
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

    /// <summary>Gives back a connection whose unit of work ended normally, with no transaction left open.</summary>
    public void Return(SqliteConnection connection)
    {
        if (_closed || Interlocked.Increment(ref _idleCount) > MaxIdle)
        {
            if (!_closed)
            {
                Interlocked.Decrement(ref _idleCount);
            }
            connection.Dispose();
            return;
        }
        _idle.Add(connection);
        if (_closed)
        {
            CloseIdle();
        }
    }

    /// <summary>Closes a connection whose unit of work failed: its state is not trusted for the next one.</summary>
    public static void Discard(SqliteConnection connection) => connection.Dispose();

    /// <summary>Opened outside the pool: holds an in-memory database alive for the store's lifetime.</summary>
    public SqliteConnection OpenKeepAlive()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Closes every idle connection and each busy one when it is given back, so a closed store leaves no file handle or in-memory database behind.</summary>
    public void Dispose()
    {
        _closed = true;
        CloseIdle();
    }

    private void CloseIdle()
    {
        while (_idle.TryTake(out var connection))
        {
            Interlocked.Decrement(ref _idleCount);
            connection.Dispose();
        }
    }
}
