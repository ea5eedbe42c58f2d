using NetworkGraph.Core.Seed;

namespace NetworkGraph.Api.Hosting;

/// <summary>
/// Copies a whole graph into an empty store through the port: every node with its id, label,
/// properties, sources, createdAt and updatedAt, then every relationship, in atomic batches.
/// Node versions restart at 1 (the port creates every node at version 1) and the audit trail stays
/// behind (the port appends events, it cannot replay them with their times and actors).
/// </summary>
public static class GraphCopy
{
    public const int DefaultBatchSize = 500;

    /// <exception cref="GraphCopyRefusedException">The target already holds nodes.</exception>
    public static async Task<GraphCopyResult> CopyAsync(IGraphStore source, IGraphStore target, int batchSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        if (!await new GraphSeeder(target).IsEmptyAsync(cancellationToken))
        {
            throw new GraphCopyRefusedException("The target store already holds nodes: copy only into an empty store, so that nothing is overwritten or mixed.");
        }
        var snapshot = await source.GetSnapshotAsync(cancellationToken);
        var batches = 0;
        // Nodes first, all of them, so that every relationship finds both its ends.
        foreach (var chunk in snapshot.Nodes.Chunk(batchSize))
        {
            await target.WriteAsync(new WriteBatch([.. chunk.Select(node => new CreateNode(node with { Version = 1 }))]), cancellationToken);
            batches++;
        }
        foreach (var chunk in snapshot.Relationships.Chunk(batchSize))
        {
            await target.WriteAsync(new WriteBatch([.. chunk.Select(relationship => new PutRelationship(relationship))]), cancellationToken);
            batches++;
        }
        return new GraphCopyResult(snapshot.Nodes.Count, snapshot.Relationships.Count, batches);
    }
}

public sealed record GraphCopyResult(int Nodes, int Relationships, int Batches);

/// <summary>The copy would overwrite or mix with data already in the target, or its arguments do not name two stores.</summary>
public sealed class GraphCopyRefusedException(string message) : Exception(message);
