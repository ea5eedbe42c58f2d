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
