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
        return Pooled(fullPath, SqliteOpenMode.ReadWriteCreate, SqliteCacheMode.Private);
    }

    /// <summary>
    /// A database that lives in memory while the store is open. Shared cache lets every unit of
    /// work open its own connection to the same database; the name keeps stores apart.
    /// </summary>
    public static SqliteStoreOptions InMemory(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Pooled(name, SqliteOpenMode.Memory, SqliteCacheMode.Shared);
    }

    private static SqliteStoreOptions Pooled(string dataSource, SqliteOpenMode mode, SqliteCacheMode cache) =>
        new(new SqliteConnectionStringBuilder { DataSource = dataSource, Mode = mode, Cache = cache, Pooling = true }.ToString());
}
