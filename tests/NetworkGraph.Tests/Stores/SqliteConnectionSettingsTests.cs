using NetworkGraph.Store.Sqlite;

namespace NetworkGraph.Tests.Stores;

/// <summary>Every unit of work runs with the durability and integrity settings, also on pooled connections set up once.</summary>
public sealed class SqliteConnectionSettingsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("networkgraph-pragmas-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task a_reused_pooled_connection_keeps_full_synchronous_foreign_keys_and_the_busy_timeout()
    {
        var connections = new SqliteConnections(SqliteStoreOptions.ForFile(Path.Combine(_folder, "graph.db")));

        for (var unitOfWork = 0; unitOfWork < 3; unitOfWork++)
        {
            await using var connection = await connections.OpenAsync(CancellationToken.None);
            Assert.Equal(2L, await ScalarAsync(connection, "PRAGMA synchronous"));
            Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA foreign_keys"));
            Assert.Equal(5000L, await ScalarAsync(connection, "PRAGMA busy_timeout"));
            Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        }
    }

    private static async Task<object?> ScalarAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
