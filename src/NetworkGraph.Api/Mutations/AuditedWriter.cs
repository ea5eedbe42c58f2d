namespace NetworkGraph.Api.Mutations;

/// <summary>Every mutation writes through here: one atomic batch that carries its audit event.</summary>
public sealed class AuditedWriter(IGraphStore store, Viewer viewer)
{
    private long _written = -1;

    /// <summary>The graph version after this request's last write, or null when it wrote nothing.</summary>
    public long? WrittenVersion => Interlocked.Read(ref _written) is >= 0 and var version ? version : null;

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
        long seen;
        while ((seen = Interlocked.Read(ref _written)) < result.GraphVersion && Interlocked.CompareExchange(ref _written, result.GraphVersion, seen) != seen)
        {
        }
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
