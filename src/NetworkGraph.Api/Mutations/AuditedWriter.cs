namespace NetworkGraph.Api.Mutations;

/// <summary>Every mutation writes through here: one atomic batch that carries its audit event.</summary>
public sealed class AuditedWriter(IGraphStore store, Viewer viewer)
{
    /// <summary>The graph version after this request's last write, or null when it wrote nothing (a request's mutations run one after another).</summary>
    public long? WrittenVersion { get; private set; }

    public async Task<WriteResult> WriteAsync(
        string operation,
        IReadOnlyList<GraphWrite> writes,
        IEnumerable<NodeRecord> before,
        CancellationToken cancellationToken,
        params IEnumerable<string> alsoTouched)
    {
        var read = before.ToList();
        var nodeIds = read.Select(n => n.Id)
            .Concat(GraphWrites.TouchedIds(writes))
            .Concat(alsoTouched)
            .Distinct()
            .ToList();
        var audit = new AuditEntry(
            new AuditActor(viewer.Subject, viewer.Org, viewer.Roles),
            operation,
            nodeIds,
            read.ToDictionary(n => n.Id, n => n.Version));
        var result = await store.WriteAsync(new WriteBatch(writes) { Audit = audit }, cancellationToken);
        WrittenVersion = result.GraphVersion;
        return result;
    }

    /// <summary>Writes the batch and answers with the node the mutation returns, as stored (its new version included).</summary>
    public async Task<NodeRecord> WriteAndReadAsync(
        string operation,
        IReadOnlyList<GraphWrite> writes,
        IEnumerable<NodeRecord> before,
        string returnedId,
        CancellationToken cancellationToken)
    {
        await WriteAsync(operation, writes, before, cancellationToken);
        return (await store.GetNodesAsync([returnedId], cancellationToken)).Single();
    }
}
