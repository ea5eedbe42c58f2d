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
