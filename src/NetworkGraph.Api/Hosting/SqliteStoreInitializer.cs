using NetworkGraph.Store.Sqlite;

namespace NetworkGraph.Api.Hosting;

public sealed class SqliteStoreInitializer(SqliteGraphStore store) : IStoreInitializer
{
    public Task InitializeAsync(CancellationToken cancellationToken) => store.MigrateAsync(cancellationToken);
}
