namespace NetworkGraph.Core.Graph;

/// <summary>Writes applied atomically, in order.</summary>
public sealed record WriteBatch(IReadOnlyList<GraphWrite> Writes)
{
    /// <summary>When set, the store appends the audit event in the batch's transaction: both commit or neither does.</summary>
    public AuditEntry? Audit { get; init; }

    public static WriteBatch Of(params GraphWrite[] writes) => new(writes);

    /// <summary>
    /// The port's argument rule for a write, for every store, checked before anything is written: a batch is
    /// required, and an audit event that does not say who did what proves nothing, so it is refused.
    /// </summary>
    public static void ThrowIfInvalid(WriteBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Audit is { } audit)
        {
            ArgumentNullException.ThrowIfNull(audit.Actor);
            ArgumentException.ThrowIfNullOrWhiteSpace(audit.Operation);
        }
    }
}

public abstract record GraphWrite;

/// <summary>Creates a node at version 1; fails with a conflict when the id exists.</summary>
public sealed record CreateNode(NodeRecord Node) : GraphWrite;

/// <summary>Replaces a node's properties and sources when its version is <paramref name="ExpectedVersion"/>.</summary>
public sealed record UpdateNode(
    string Id,
    long ExpectedVersion,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyList<SourceRef> Sources) : GraphWrite;

/// <summary>Deletes a node; with <paramref name="Detach"/> false it fails while relationships touch it.</summary>
public sealed record DeleteNode(string Id, long? ExpectedVersion, bool Detach) : GraphWrite;

/// <summary>Creates the relationship or replaces the properties of the one with the same key.</summary>
public sealed record PutRelationship(RelationshipRecord Relationship) : GraphWrite;

public sealed record DeleteRelationship(RelationshipKey Key) : GraphWrite;

/// <summary>
/// What a committed batch produced: the graph version it committed, the version of each node it
/// created or updated, and the audit event it appended (null when the batch carried no <see cref="WriteBatch.Audit"/>).
/// </summary>
public sealed record WriteResult(long GraphVersion, IReadOnlyDictionary<string, long> NodeVersions, AuditEvent? Audit = null);

public static class GraphWrites
{
    /// <summary>
    /// The nodes a write touches: the node it creates, updates or deletes, or both ends of the relationship it puts or
    /// removes. An audited batch names all of them, which is what lets the analysis reread only those (§3, "Freshness").
    /// </summary>
    public static IEnumerable<string> TouchedIds(GraphWrite write) => write switch
    {
        CreateNode create => [create.Node.Id],
        UpdateNode update => [update.Id],
        DeleteNode delete => [delete.Id],
        PutRelationship put => [put.Relationship.FromId, put.Relationship.ToId],
        DeleteRelationship remove => [remove.Key.FromId, remove.Key.ToId],
        _ => throw new ArgumentOutOfRangeException(nameof(write), write, "A write of a kind that names no nodes."),
    };

    /// <summary>Every node the writes touch, each once, in the order first touched.</summary>
    public static List<string> TouchedIds(IEnumerable<GraphWrite> writes) => [.. writes.SelectMany(TouchedIds).Distinct(StringComparer.Ordinal)];
}
