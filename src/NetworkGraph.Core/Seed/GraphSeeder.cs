namespace NetworkGraph.Core.Seed;

/// <summary>
/// Writes what of a seed graph the store lacks, in one atomic batch. Nodes that exist are left as
/// they are (edits made since win), so seeding twice changes nothing the second time.
/// </summary>
public sealed class GraphSeeder(IGraphStore store)
{
    public async Task<SeedResult> SeedAsync(SeedGraph seed, CancellationToken cancellationToken)
    {
        var existing = await store.GetNodesAsync([.. seed.Nodes.Select(n => n.Id)], cancellationToken).ConfigureAwait(false);
        var existingIds = existing.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var fromIds = seed.Relationships.Select(r => r.FromId).Distinct().ToList();
        var types = seed.Relationships.Select(r => r.Type).Distinct().ToList();
        var existingRelationships = fromIds.Count == 0
            ? []
            : await store.ExpandAsync(fromIds, Direction.Outgoing, types, cancellationToken).ConfigureAwait(false);
        var existingKeys = existingRelationships.Select(r => r.Key).ToHashSet();

        var newNodes = seed.Nodes.Where(n => !existingIds.Contains(n.Id)).ToList();
        var newRelationships = seed.Relationships.Where(r => !existingKeys.Contains(r.Key)).ToList();
        if (newNodes.Count + newRelationships.Count > 0)
        {
            var writes = newNodes.Select(n => (GraphWrite)new CreateNode(n))
                .Concat(newRelationships.Select(r => new PutRelationship(r)))
                .ToList();
            await store.WriteAsync(new WriteBatch(writes), cancellationToken).ConfigureAwait(false);
        }
        return new SeedResult(newNodes.Count, newRelationships.Count, existingIds.Count);
    }

    /// <summary>True when the store holds no node at all: the first start.</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken) =>
        (await store.FindNodesAsync(new NodeQuery { First = 1 }, cancellationToken).ConfigureAwait(false)).Nodes.Count == 0;
}

public sealed record SeedResult(int NodesCreated, int RelationshipsCreated, int NodesAlreadyPresent);
