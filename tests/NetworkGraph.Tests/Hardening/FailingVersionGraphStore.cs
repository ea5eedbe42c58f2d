using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Hardening;

/// <summary>A store that, once broken, fails its version read as an unreachable store would.</summary>
public sealed class FailingVersionGraphStore(IGraphStore inner) : IGraphStore
{
    public bool Broken { get; set; }

    public Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        inner.GetNodesAsync(ids, cancellationToken);

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken) => inner.FindNodesAsync(query, cancellationToken);

    public Task<IReadOnlyList<RelationshipRecord>> ExpandAsync(
        IReadOnlyCollection<string> nodeIds, Direction direction, IReadOnlyCollection<RelationshipType> types, CancellationToken cancellationToken) =>
        inner.ExpandAsync(nodeIds, direction, types, cancellationToken);

    public Task<Expansion> ExpandWithEndsAsync(
        IReadOnlyCollection<string> nodeIds, Direction direction, IReadOnlyCollection<RelationshipType> types, CancellationToken cancellationToken) =>
        inner.ExpandWithEndsAsync(nodeIds, direction, types, cancellationToken);

    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken) =>
        Broken ? throw new GraphUnavailableException("The store is down.") : inner.GetGraphVersionAsync(cancellationToken);

    public Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken) => inner.GetSnapshotAsync(cancellationToken);

    public Task<WriteResult> WriteAsync(WriteBatch batch, CancellationToken cancellationToken) => inner.WriteAsync(batch, cancellationToken);

    public Task<AuditPage> FindAuditEventsAsync(AuditQuery query, CancellationToken cancellationToken) => inner.FindAuditEventsAsync(query, cancellationToken);
}
