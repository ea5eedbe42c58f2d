using Microsoft.Data.Sqlite;
using NetworkGraph.Store.Sqlite;

namespace NetworkGraph.Tests.Stores;

/// <summary>
/// The store's own connection pool: every unit of work runs with the durability and integrity settings,
/// set once per connection, and a connection is reused only after a unit of work that ended normally.
/// </summary>
public sealed class SqliteConnectionSettingsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("networkgraph-pragmas-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private SqliteConnections Connections() => new(SqliteStoreOptions.ForFile(Path.Combine(_folder, "graph.db")));

    [Fact]
    public async Task a_reused_connection_keeps_full_synchronous_foreign_keys_and_the_busy_timeout()
    {
        using var connections = Connections();
        SqliteConnection? first = null;

        for (var unitOfWork = 0; unitOfWork < 3; unitOfWork++)
        {
            var connection = await connections.RentAsync(CancellationToken.None);
            first ??= connection;
            Assert.Same(first, connection);
            Assert.Equal(2L, await ScalarAsync(connection, "PRAGMA synchronous"));
            Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA foreign_keys"));
            Assert.Equal(5000L, await ScalarAsync(connection, "PRAGMA busy_timeout"));
            Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
            connections.Return(connection);
        }
    }

    [Fact]
    public async Task a_discarded_connection_is_closed_and_the_next_unit_of_work_gets_a_fresh_one()
    {
        using var connections = Connections();
        var failed = await connections.RentAsync(CancellationToken.None);

        SqliteConnections.Discard(failed);
        var next = await connections.RentAsync(CancellationToken.None);

        Assert.Equal(System.Data.ConnectionState.Closed, failed.State);
        Assert.NotSame(failed, next);
        Assert.Equal(2L, await ScalarAsync(next, "PRAGMA synchronous"));
        connections.Return(next);
    }

    [Fact]
    public async Task at_most_the_idle_limit_stays_open_and_closing_the_pool_closes_them_all()
    {
        var connections = Connections();
        var rented = new List<SqliteConnection>();
        for (var i = 0; i < SqliteConnections.MaxIdle + 4; i++)
        {
            rented.Add(await connections.RentAsync(CancellationToken.None));
        }

        rented.ForEach(connections.Return);
        var idle = connections.IdleCount;
        connections.Dispose();

        Assert.Equal(SqliteConnections.MaxIdle, idle);
        Assert.All(rented, connection => Assert.Equal(System.Data.ConnectionState.Closed, connection.State));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => connections.RentAsync(CancellationToken.None));
    }

    [Fact]
    public async Task a_connection_given_back_after_the_pool_closed_is_closed_too()
    {
        var connections = Connections();
        var busy = await connections.RentAsync(CancellationToken.None);

        connections.Dispose();
        connections.Return(busy);

        Assert.Equal(System.Data.ConnectionState.Closed, busy.State);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
