using NetworkGraph.Store.Neo4j;
using NetworkGraph.Tests.Stores;

namespace NetworkGraph.Tests.Neo4j;

/// <summary>A store wired to a <see cref="QueryApiStub"/>, with retries fast enough for tests.</summary>
public static class StubbedNeo4j
{
    public static readonly Uri Uri = new("http://neo4j.test:7474");

    public static Neo4jStoreOptions Options => new(Uri, "neo4j", "neo4j", "bilbao-secret", null, TimeSpan.FromSeconds(10))
    {
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        RetryMaxDelay = TimeSpan.FromMilliseconds(4),
    };

    public static Neo4jGraphStore Store(QueryApiStub stub, Neo4jStoreOptions? options = null) =>
        new(new HttpClient(stub), options ?? Options, new ManualTimeProvider(new DateTimeOffset(2025, 9, 30, 9, 0, 0, TimeSpan.Zero)));
}
