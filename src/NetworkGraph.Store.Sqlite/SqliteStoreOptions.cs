using Microsoft.Data.Sqlite;

namespace NetworkGraph.Store.Sqlite;

/// <summary>Where the SQLite graph lives: a file for the service, a named shared in-memory database for tests.</summary>
public sealed record SqliteStoreOptions(string ConnectionString)
{
    /// <summary>A database file; its directory is created when missing so a fresh checkout starts without setup.</summary>
    public static SqliteStoreOptions ForFile(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        };
        return new SqliteStoreOptions(builder.ToString());
    }

    /// <summary>
    /// A database that lives in memory while the store is open. Shared cache lets every unit of
    /// work open its own connection to the same database; the name keeps stores apart.
    /// </summary>
    public static SqliteStoreOptions InMemory(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = name,
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
            Pooling = true,
        };
        return new SqliteStoreOptions(builder.ToString());
    }
}
