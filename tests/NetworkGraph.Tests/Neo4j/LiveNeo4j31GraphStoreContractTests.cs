using NetworkGraph.Core.Graph;
using NetworkGraph.Tests.Stores;

namespace NetworkGraph.Tests.Neo4j;

/// <summary>
/// The one store contract, live, against the real Cypher engine of Neo4j Community 3.1.1 (see
/// <see cref="LiveNeo4j31Engine"/>): the store reads the server's version and so creates the 3.x schema.
/// Each test starts from an emptied database.
/// </summary>
[LiveNeo4j31Required]
[Collection(LiveNeo4j31Engine.Collection)]
public sealed class LiveNeo4j31GraphStoreContractTests : GraphStoreContract
{
    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = LiveNeo4j31Engine.Store(Clock);
        await store.DeleteEverythingAsync(Ct);
        await store.EnsureSchemaAsync(Ct);
        return store;
    }
}
