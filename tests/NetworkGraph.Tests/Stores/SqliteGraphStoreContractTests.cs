using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Sqlite;

namespace NetworkGraph.Tests.Stores;

public sealed class SqliteGraphStoreContractTests : GraphStoreContract
{
    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = new SqliteGraphStore(SqliteStoreOptions.InMemory($"contract-{Guid.NewGuid():N}"), Clock);
        await store.MigrateAsync(Ct);
        return store;
    }
}
