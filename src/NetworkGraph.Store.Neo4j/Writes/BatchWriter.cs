using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Neo4j.Cypher;
using NetworkGraph.Store.Neo4j.Mapping;
using NetworkGraph.Store.Neo4j.QueryApi;

namespace NetworkGraph.Store.Neo4j.Writes;

/// <summary>
/// Applies the writes of one batch, in order, inside an open transaction whose first statement bumped
/// the graph version (and so holds the write lock every writer takes first). A failed write throws;
/// the caller rolls the transaction back.
/// </summary>
internal sealed class BatchWriter(QueryApiTransaction transaction, DateTimeOffset now)
{
    private readonly Dictionary<string, long> _nodeVersions = new(StringComparer.Ordinal);

    /// <summary>The version each created or updated node has after the batch.</summary>
    public IReadOnlyDictionary<string, long> NodeVersions => _nodeVersions;

    /// <summary>Applies one run of <see cref="WriteRuns"/>: one statement, an <c>UNWIND</c> for a run of several rows.</summary>
    public Task ApplyAsync(WriteRun run, CancellationToken cancellationToken) => run switch
    {
        CreateNodes { Nodes.Count: 1 } one => CreateNodeAsync(one.Nodes[0], cancellationToken),
        CreateNodes many => CreateNodesAsync(many, cancellationToken),
        PutRelationships { Relationships.Count: 1 } one => PutRelationshipAsync(one.Relationships[0], cancellationToken),
        PutRelationships many => PutRelationshipsAsync(many, cancellationToken),
        SingleWrite single => ApplyAsync(single.Write, cancellationToken),
        _ => throw new NotSupportedException($"the Neo4j store does not know the run {run.GetType().Name}"),
    };

    public Task ApplyAsync(GraphWrite write, CancellationToken cancellationToken) => write switch
    {
        CreateNode create => CreateNodeAsync(create.Node, cancellationToken),
        UpdateNode update => UpdateNodeAsync(update, cancellationToken),
        DeleteNode delete => DeleteNodeAsync(delete, cancellationToken),
        PutRelationship put => PutRelationshipAsync(put.Relationship, cancellationToken),
        DeleteRelationship delete => DeleteRelationshipAsync(delete.Key, cancellationToken),
        _ => throw new NotSupportedException($"the Neo4j store does not know the write {write.GetType().Name}"),
    };

    /// <summary>Appends the batch's audit event after its last write, in the same transaction.</summary>
    public async Task<AuditEvent> AppendAuditAsync(AuditEntry entry, long graphVersion, CancellationToken cancellationToken)
    {
        var audit = AuditEvent.Complete(entry, graphVersion, now, _nodeVersions);
        await transaction.RunAsync(Statements.AppendAuditEvent, CypherParameters.Of(("properties", AuditMapping.ToProperties(audit))), cancellationToken);
        return audit;
    }

    private async Task CreateNodeAsync(NodeRecord node, CancellationToken cancellationToken)
    {
        // Timestamps the node brings (an import of existing facts) are kept; a new node gets the clock's.
        var properties = NodeMapping.ToProperties(
            node.Id,
            1,
            node.CreatedAt == default ? now : node.CreatedAt,
            node.UpdatedAt == default ? now : node.UpdatedAt,
            node.Properties,
            node.Sources);
        var result = await transaction.RunAsync(
            Statements.CreateNode(node.Label), CypherParameters.Of(("id", node.Id), ("properties", properties)), cancellationToken);
        if (result.Rows.Count == 0)
        {
            throw new GraphConflictException($"node '{node.Id}' already exists");
        }
        _nodeVersions[node.Id] = 1;
    }

    private async Task CreateNodesAsync(CreateNodes run, CancellationToken cancellationToken)
    {
        var rows = run.Nodes.Select(node => (IReadOnlyDictionary<string, object?>)CypherParameters.Of(
            ("id", node.Id),
            ("properties", NodeMapping.ToProperties(
                node.Id, 1, node.CreatedAt == default ? now : node.CreatedAt, node.UpdatedAt == default ? now : node.UpdatedAt, node.Properties, node.Sources)))).ToList();
        var result = await transaction.RunAsync(Statements.CreateNodes(run.Label), CypherParameters.Of(("rows", rows)), cancellationToken);
        var created = result.Rows.Select(row => (string)result.Value(row, "id")!).ToHashSet(StringComparer.Ordinal);
        if (run.Nodes.FirstOrDefault(node => !created.Contains(node.Id)) is { } taken)
        {
            throw new GraphConflictException($"node '{taken.Id}' already exists");
        }
        foreach (var node in run.Nodes)
        {
            _nodeVersions[node.Id] = 1;
        }
    }

    private async Task UpdateNodeAsync(UpdateNode update, CancellationToken cancellationToken)
    {
        // createdAt is kept by the statement; the value here is overwritten there.
        var properties = NodeMapping.ToProperties(update.Id, update.ExpectedVersion + 1, now, now, update.Properties, update.Sources);
        var result = await transaction.RunAsync(
            Statements.UpdateNode,
            CypherParameters.Of(("id", update.Id), ("expected", update.ExpectedVersion), ("properties", properties)),
            cancellationToken);
        var actual = result.SingleOrNone("actual") as long? ?? throw NodeNotFound(update.Id);
        if (actual != update.ExpectedVersion)
        {
            throw VersionConflict(update.Id, update.ExpectedVersion, actual);
        }
        _nodeVersions[update.Id] = update.ExpectedVersion + 1;
    }

    private async Task DeleteNodeAsync(DeleteNode delete, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(
            Statements.DeleteNode,
            CypherParameters.Of(("id", delete.Id), ("expected", delete.ExpectedVersion), ("detach", delete.Detach)),
            cancellationToken);
        var actual = result.SingleOrNone("actual") as long? ?? throw NodeNotFound(delete.Id);
        if (delete.ExpectedVersion is { } expected && expected != actual)
        {
            throw VersionConflict(delete.Id, expected, actual);
        }
        var relationships = (long)result.SingleOrNone("relationships")!;
        if (relationships > 0 && !delete.Detach)
        {
            throw new GraphConflictException($"node '{delete.Id}' has {relationships} relationships; delete them first or detach");
        }
        _nodeVersions.Remove(delete.Id);
    }

    private async Task PutRelationshipAsync(RelationshipRecord relationship, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(
            Statements.PutRelationship(relationship.Type),
            CypherParameters.Of(("fromId", relationship.FromId), ("toId", relationship.ToId), ("properties", RelationshipMapping.ToProperties(relationship))),
            cancellationToken);
        var missing = result.SingleOrNone("fromExists") is not true ? relationship.FromId
            : result.SingleOrNone("toExists") is not true ? relationship.ToId
            : null;
        if (missing is not null)
        {
            throw new GraphNotFoundException(
                $"node '{missing}' does not exist, so {RelationshipMapping.Describe(relationship.Key)} cannot be stored");
        }
    }

    private async Task PutRelationshipsAsync(PutRelationships run, CancellationToken cancellationToken)
    {
        var rows = run.Relationships.Select(relationship => (IReadOnlyDictionary<string, object?>)CypherParameters.Of(
            ("fromId", relationship.FromId), ("toId", relationship.ToId), ("properties", RelationshipMapping.ToProperties(relationship)))).ToList();
        var result = await transaction.RunAsync(Statements.PutRelationships(run.Type), CypherParameters.Of(("rows", rows)), cancellationToken);
        var missing = result.Rows
            .Select(row => result.Value(row, "fromExists") is not true ? (string?)result.Value(row, "fromId")
                : result.Value(row, "toExists") is not true ? (string?)result.Value(row, "toId")
                : null)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (result.Rows.Count != rows.Count)
        {
            throw new InvalidDataException($"Neo4j answered {result.Rows.Count} rows for {rows.Count} relationships");
        }
        // The first relationship in the batch's order that could not be stored is the one named, as one by one.
        if (run.Relationships.FirstOrDefault(r => missing.Contains(r.FromId) || missing.Contains(r.ToId)) is { } first)
        {
            var end = missing.Contains(first.FromId) ? first.FromId : first.ToId;
            throw new GraphNotFoundException($"node '{end}' does not exist, so {RelationshipMapping.Describe(first.Key)} cannot be stored");
        }
    }

    private async Task DeleteRelationshipAsync(RelationshipKey key, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(
            Statements.DeleteRelationship,
            CypherParameters.Of(("fromId", key.FromId), ("toId", key.ToId), ("type", ConstantCase.ToText(key.Type))),
            cancellationToken);
        if (result.SingleOrNone("deleted") is not > 0L)
        {
            throw new GraphNotFoundException($"{RelationshipMapping.Describe(key)} does not exist");
        }
    }

    private static GraphNotFoundException NodeNotFound(string id) => new($"node '{id}' does not exist");

    private static GraphConflictException VersionConflict(string id, long expected, long actual) =>
        new($"node '{id}' is at version {actual}, not the expected version {expected}");
}
