using Microsoft.Extensions.Options;
using NetworkGraph.Store.Neo4j;
using NetworkGraph.Store.Sqlite;

namespace NetworkGraph.Api.Hosting;

/// <summary>
/// A store named on the command line: <c>sqlite:PATH</c> (relative to the content root, like
/// <c>Store:Sqlite:Path</c>) or <c>neo4j</c> (the server the <c>Neo4j</c> settings name).
/// </summary>
public sealed class StoreLocation : IAsyncDisposable
{
    private readonly SqliteGraphStore? _owned;

    private StoreLocation(string name, IGraphStore store, IStoreInitializer initializer, SqliteGraphStore? owned)
    {
        Name = name;
        Store = store;
        Initializer = initializer;
        _owned = owned;
    }

    public string Name { get; }

    public IGraphStore Store { get; }

    public IStoreInitializer Initializer { get; }

    /// <exception cref="GraphCopyRefusedException">The text names no store, or a source file that does not exist.</exception>
    public static StoreLocation Open(string text, string option, bool mustExist, IServiceProvider services)
    {
        if (text.Equals("neo4j", StringComparison.OrdinalIgnoreCase))
        {
            var neo4j = services.GetRequiredService<Neo4jGraphStore>();
            return new StoreLocation($"Neo4j at {services.GetRequiredService<IOptions<Neo4jSettings>>().Value.Uri}",
                neo4j, services.GetRequiredService<Neo4jStoreInitializer>(), owned: null);
        }
        const string prefix = "sqlite:";
        if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || text.Length == prefix.Length)
        {
            throw new GraphCopyRefusedException($"{option} must be sqlite:PATH or neo4j (got '{text}').");
        }
        var path = Path.GetFullPath(text[prefix.Length..], services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        if (mustExist && !File.Exists(path))
        {
            throw new GraphCopyRefusedException($"{option}: there is no SQLite file at {path}.");
        }
        var store = new SqliteGraphStore(SqliteStoreOptions.ForFile(path), services.GetRequiredService<TimeProvider>());
        return new StoreLocation($"SQLite file {path}", store, new SqliteStoreInitializer(store), store);
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned is not null)
        {
            await _owned.DisposeAsync();
        }
    }
}
