using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Hardening;

/// <summary>
/// A store whose listing reads, once slowed, take longer than any timeout under test, honouring cancellation
/// as a real one would. It starts fast so the host can seed it.
/// </summary>
public sealed class SlowGraphStore(IGraphStore inner, TimeSpan delay) : IGraphStore
{
    public bool Slowed { get; set; }

    public Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        inner.GetNodesAsync(ids, cancellationToken);

    public async Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        if (Slowed)
        {
            await Task.Delay(delay, cancellationToken);
        }
        return await inner.FindNodesAsync(query, cancellationToken);
    }

    public Task<IReadOnlyList<RelationshipRecord>> ExpandAsync(
        IReadOnlyCollection<string> nodeIds, Direction direction, IReadOnlyCollection<RelationshipType> types, CancellationToken cancellationToken) =>
        inner.ExpandAsync(nodeIds, direction, types, cancellationToken);

    public Task<Expansion> ExpandWithEndsAsync(
        IReadOnlyCollection<string> nodeIds, Direction direction, IReadOnlyCollection<RelationshipType> types, CancellationToken cancellationToken) =>
        inner.ExpandWithEndsAsync(nodeIds, direction, types, cancellationToken);

    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken) => inner.GetGraphVersionAsync(cancellationToken);

    public Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken) => inner.GetSnapshotAsync(cancellationToken);

    public Task<WriteResult> WriteAsync(WriteBatch batch, CancellationToken cancellationToken) => inner.WriteAsync(batch, cancellationToken);

    public Task<AuditPage> FindAuditEventsAsync(AuditQuery query, CancellationToken cancellationToken) => inner.FindAuditEventsAsync(query, cancellationToken);
}
