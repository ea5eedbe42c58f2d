using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Neo4j.Cypher;
using NetworkGraph.Store.Neo4j.Mapping;
using NetworkGraph.Store.Neo4j.QueryApi;
using NetworkGraph.Store.Neo4j.Writes;

namespace NetworkGraph.Store.Neo4j;

/// <summary>
/// The graph store over Neo4j's HTTP Query API v2. Each call is one implicit transaction (reads) or one
/// explicit transaction (a write batch), bounded by <see cref="Neo4jStoreOptions.Timeout"/> and retried
/// only on <c>Neo.TransientError.*</c>. The graph version lives in the database, on one
/// <c>(:GraphMeta)</c> node, so every instance sees every other instance's writes; the only state held
/// here is the last write's bookmarks, which later reads carry.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
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
    /// the server's version; safe to run on every start and from several instances at once.
    /// </summary>
    public Task EnsureSchemaAsync(CancellationToken cancellationToken) =>
        RunAsync(
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

    public Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<NodeRecord>>([]);
        }
        return RunAsync(
            async token =>
            {
                var result = await ReadAsync(Statements.GetNodes, CypherParameters.Of(("ids", ids.Distinct().ToArray())), token);
                return (IReadOnlyList<NodeRecord>)result.Rows.Select(row => NodeMapping.ToRecord(result.Value(row, "n"))).ToList();
            },
            cancellationToken);
    }

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        var parameters = CypherParameters.Of(
            ("label", query.Label?.ToString()),
            ("idIn", query.IdIn?.ToArray()),
            ("needle", query.TextContains is { } text ? SearchText.Fold(text) : null),
            ("propertyIn", query.PropertyIn
                .Select(condition => (IReadOnlyDictionary<string, object?>)CypherParameters.Of(("name", condition.Key), ("allowed", condition.Value.ToArray())))
                .ToList()),
            ("after", query.AfterId),
            // One node beyond the page tells whether another page follows.
            ("limit", query.First + 1L));
        return RunAsync(
            async token =>
            {
                var result = await ReadAsync(Statements.FindNodes, parameters, token);
                var nodes = ((List<object?>)result.SingleOrNone("nodes")!).Select(NodeMapping.ToRecord).ToList();
                return NodePage.FromOneBeyond(nodes, query.First, checked((int)(long)result.SingleOrNone("total")!));
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<RelationshipRecord>> ExpandAsync(
        IReadOnlyCollection<string> nodeIds,
        Direction direction,
        IReadOnlyCollection<RelationshipType> types,
        CancellationToken cancellationToken)
    {
        if (Expansion.NothingToExpand(nodeIds, types))
        {
            return Task.FromResult<IReadOnlyList<RelationshipRecord>>([]);
        }
        var statement = direction == Direction.Outgoing ? Statements.ExpandOutgoing : Statements.ExpandIncoming;
        return RunAsync(
            async token => (IReadOnlyList<RelationshipRecord>)Relationships(await ReadAsync(statement, ExpansionParameters(nodeIds, types), token)),
            cancellationToken);
    }

    public Task<Expansion> ExpandWithEndsAsync(
        IReadOnlyCollection<string> nodeIds,
        Direction direction,
        IReadOnlyCollection<RelationshipType> types,
        CancellationToken cancellationToken)
    {
        if (Expansion.NothingToExpand(nodeIds, types))
        {
            return Task.FromResult(Expansion.Empty);
        }
        var statement = direction == Direction.Outgoing ? Statements.ExpandOutgoingWithEnds : Statements.ExpandIncomingWithEnds;
        return RunAsync(
            async token =>
            {
                var result = await ReadAsync(statement, ExpansionParameters(nodeIds, types), token);
                var otherEnds = result.Rows
                    .Select(row => NodeMapping.ToRecord(result.Value(row, "other")))
                    .DistinctBy(node => node.Id)
                    .OrderBy(node => node.Id, StringComparer.Ordinal)
                    .ToList();
                return new Expansion(Relationships(result), otherEnds);
            },
            cancellationToken);
    }

    private static Dictionary<string, object?> ExpansionParameters(IReadOnlyCollection<string> nodeIds, IReadOnlyCollection<RelationshipType> types) =>
        CypherParameters.Of(("ids", nodeIds.Distinct().ToArray()), ("types", types.Distinct().Select(type => ConstantCase.ToText(type)).ToArray()));

    private static List<RelationshipRecord> Relationships(QueryResult result) =>
        [.. result.Rows.Select(row => RelationshipMapping.ToRecord(
            result.Value(row, "type"), result.Value(row, "fromId"), result.Value(row, "toId"), result.Value(row, "r")))];

    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken) =>
        RunAsync(
            async token => (await ReadAsync(Statements.GraphVersion, CypherParameters.None, token)).SingleOrNone("version") as long?
                ?? throw SchemaMissing(),
            cancellationToken);

    public Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken) =>
        RunAsync(
            async token =>
            {
                var result = await ReadAsync(Statements.Snapshot, CypherParameters.None, token);
                var version = result.SingleOrNone("version") as long? ?? throw SchemaMissing();
                var nodes = ((List<object?>)result.SingleOrNone("nodes")!).Select(NodeMapping.ToRecord).ToList();
                var relationships = ((List<object?>)result.SingleOrNone("relationships")!)
                    .Cast<Dictionary<string, object?>>()
                    .Select(r => RelationshipMapping.ToRecord(r["type"], r["fromId"], r["toId"], r["relationship"]))
                    .ToList();
                return new GraphSnapshot(version, nodes, relationships);
            },
            cancellationToken);

    public Task<WriteResult> WriteAsync(WriteBatch batch, CancellationToken cancellationToken)
    {
        WriteBatch.ThrowIfInvalid(batch);
        return RunAsync(token => WriteInTransactionAsync(batch, token), cancellationToken);
    }

    public Task<AuditPage> FindAuditEventsAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.First);
        var parameters = CypherParameters.Of(
            ("org", query.ActorOrg),
            ("subject", query.ActorSubject),
            ("nodeId", query.NodeId),
            ("from", query.From is { } from ? AuditBounds.Format(from) : null),
            ("to", query.To is { } to ? AuditBounds.Format(to) : null),
            ("after", query.AfterId),
            ("limit", query.First + 1L));
        return RunAsync(
            async token =>
            {
                var result = await ReadAsync(Statements.FindAuditEvents, parameters, token);
                var events = ((List<object?>)result.SingleOrNone("events")!).Select(AuditMapping.ToEvent).ToList();
                return AuditPage.FromOneBeyond(events, query.First, checked((int)(long)result.SingleOrNone("total")!));
            },
            cancellationToken);
    }

    /// <summary>Deletes every node and relationship, the graph version and the audit trail with them; for tests only.</summary>
    internal Task DeleteEverythingAsync(CancellationToken cancellationToken) =>
        RunAsync(
            async token =>
            {
                await WriteOneAsync(Statements.DeleteEverything, CypherParameters.None, token);
                return true;
            },
            cancellationToken);

    private async Task<WriteResult> WriteInTransactionAsync(WriteBatch batch, CancellationToken cancellationToken)
    {
        var (transaction, bumped) = await _client.BeginAsync(Statements.BumpGraphVersion, CypherParameters.None, _bookmarks.Current, cancellationToken);
        try
        {
            var graphVersion = bumped.SingleOrNone("version") as long? ?? throw SchemaMissing();
            var writer = new BatchWriter(transaction, _timeProvider.GetUtcNow());
            foreach (var write in batch.Writes)
            {
                await writer.ApplyAsync(write, cancellationToken);
            }
            // After the writes, so the event records the versions they produced; before the commit, so
            // the change and its event commit together or not at all.
            var audit = batch.Audit is { } entry ? await writer.AppendAuditAsync(entry, graphVersion, cancellationToken) : null;
            _bookmarks.Replace(await transaction.CommitAsync(cancellationToken));
            return new WriteResult(graphVersion, writer.NodeVersions, audit);
        }
        catch
        {
            // The caller's token may be what failed the batch; the rollback gets its own deadline.
            using var rollbackTimeout = new CancellationTokenSource(_options.Timeout);
            await transaction.RollbackAsync(rollbackTimeout.Token);
            throw;
        }
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
