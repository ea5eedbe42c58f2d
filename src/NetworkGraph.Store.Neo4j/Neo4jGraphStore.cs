using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Neo4j.Cypher;
using NetworkGraph.Store.Neo4j.QueryApi;

namespace NetworkGraph.Store.Neo4j;

/// <summary>
/// The graph store over Neo4j's HTTP Query API v2. Each call is one implicit transaction (reads) or one
/// explicit transaction (a write batch), bounded by <see cref="Neo4jStoreOptions.Timeout"/> and retried
/// only on <c>Neo.TransientError.*</c>. The graph version lives in the database, on one
/// <c>(:GraphMeta)</c> node, so every instance sees every other instance's writes; the only state held
/// here is the last write's bookmarks, which later reads carry.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    private readonly QueryApiClient _client;
    private readonly Neo4jStoreOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly TransientRetry _retry;
    private readonly Bookmarks _bookmarks = new();

    /// <summary>The store over <paramref name="httpClient"/>, which the caller owns (an <c>IHttpClientFactory</c> client in the host).</summary>
    public Neo4jGraphStore(HttpClient httpClient, Neo4jStoreOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }
        _client = new QueryApiClient(httpClient, options);
        _options = options;
        _timeProvider = timeProvider;
        _retry = new TransientRetry(options, timeProvider);
    }

    /// <summary>
    /// Creates the constraints, indexes and the graph version node this store needs, in the syntax of
    /// the server's version, and gives nodes written before nodes carried search terms their search properties; safe to
    /// run on every start and from several instances at once.
    /// </summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await RunAsync(
            async token =>
            {
                var version = (await ReadAsync(Statements.ServerVersion, CypherParameters.None, token)).SingleOrNone("version") as string
                    ?? throw new NotSupportedException("Neo4j did not report its version through dbms.components().");
                foreach (var statement in SchemaStatements.For(version))
                {
                    await WriteOneAsync(statement, CypherParameters.None, token);
                }
                await WriteOneAsync(Statements.EnsureGraphMeta, CypherParameters.None, token);
                return true;
            },
            cancellationToken);
        await FillSearchPropertiesAsync(cancellationToken);
    }

    private async Task<QueryResult> ReadAsync(
        CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        (await _client.RunAsync(statement, parameters, _bookmarks.Current, readOnly: true, cancellationToken)).Result;

    private async Task WriteOneAsync(CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        _bookmarks.Replace((await _client.RunAsync(statement, parameters, _bookmarks.Current, readOnly: false, cancellationToken)).Bookmarks);

    /// <summary>One store call: retried on transient errors, and bounded as a whole by the configured timeout.</summary>
    private async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            return await _retry.RunAsync(work, timeout.Token);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new GraphUnavailableException(
                $"Neo4j at {_options.Uri} did not answer within {_options.Timeout.TotalSeconds:0.###} s (Neo4j:Timeout).", exception);
        }
    }

    private static InvalidOperationException SchemaMissing() =>
        new("The Neo4j database has no graph version node; run EnsureSchemaAsync before using the store.");
}
