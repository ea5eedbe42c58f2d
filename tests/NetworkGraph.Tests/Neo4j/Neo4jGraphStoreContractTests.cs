using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Neo4j;
using NetworkGraph.Tests.Stores;

namespace NetworkGraph.Tests.Neo4j;

/// <summary>
/// The one store contract, against a real Neo4j 5.x server: <c>NEO4J_URI</c> (such as http://localhost:7474),
/// <c>NEO4J_USER</c>, <c>NEO4J_PASSWORD</c> and <c>NEO4J_DATABASE</c> (default neo4j). Each test starts
/// from an emptied database, so the server must be one the tests may wipe. Every test run also runs this
/// suite live against Neo4j 3.1 (<see cref="LiveNeo4j31GraphStoreContractTests"/>).
/// </summary>
[Neo4jServerRequired]
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    // One connection pool for the whole suite, as the host would share one.
    private static readonly HttpClient _http = new();

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var options = new Neo4jStoreOptions(
            new Uri(Environment.GetEnvironmentVariable("NEO4J_URI")!),
            Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } database ? database : "neo4j",
            Environment.GetEnvironmentVariable("NEO4J_USER"),
            Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
            BearerToken: null,
            Timeout: TimeSpan.FromSeconds(30));
        var store = new Neo4jGraphStore(_http, options, Clock);
        await store.DeleteEverythingAsync(Ct);
        await store.EnsureSchemaAsync(Ct);
        return store;
    }
}
