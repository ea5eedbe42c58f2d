namespace NetworkGraph.Core.Graph;

/// <summary>
/// A store that forwards every call to another one: the base of decorators (counting, failure
/// injection), so each states only the calls it changes and a new port method is forwarded once, here.
/// </summary>
public abstract class DelegatingGraphStore(IGraphStore inner) : IGraphStore
{
    public virtual Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Forward(inner.GetNodesAsync(ids, cancellationToken));

    public virtual Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken) =>
        Forward(inner.FindNodesAsync(query, cancellationToken));

    public virtual Task<NodeSearchPage> SearchNodesAsync(NodeSearch search, CancellationToken cancellationToken) =>
        Forward(inner.SearchNodesAsync(search, cancellationToken));

    public virtual Task<IReadOnlyList<RelationshipRecord>> ExpandAsync(
        IReadOnlyCollection<string> nodeIds, Direction direction, IReadOnlyCollection<RelationshipType> types, CancellationToken cancellationToken) =>
        Forward(inner.ExpandAsync(nodeIds, direction, types, cancellationToken));

    public virtual Task<Expansion> ExpandWithEndsAsync(
        IReadOnlyCollection<string> nodeIds, Direction direction, IReadOnlyCollection<RelationshipType> types, CancellationToken cancellationToken) =>
        Forward(inner.ExpandWithEndsAsync(nodeIds, direction, types, cancellationToken));

    public virtual Task<long> GetGraphVersionAsync(CancellationToken cancellationToken) => Forward(inner.GetGraphVersionAsync(cancellationToken));

    public virtual Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken) => Forward(inner.GetSnapshotAsync(cancellationToken));

    public virtual Task<WriteResult> WriteAsync(WriteBatch batch, CancellationToken cancellationToken) => Forward(inner.WriteAsync(batch, cancellationToken));

    public virtual Task<AuditPage> FindAuditEventsAsync(AuditQuery query, CancellationToken cancellationToken) =>
        Forward(inner.FindAuditEventsAsync(query, cancellationToken));

    public virtual Task<IReadOnlyList<AuditEvent>> GetChangesAsync(long afterGraphVersion, int limit, CancellationToken cancellationToken) =>
        Forward(inner.GetChangesAsync(afterGraphVersion, limit, cancellationToken));

    /// <summary>
    /// Sees every forwarded call once it has started (each is one round trip of the port), so a decorator
    /// that treats all calls alike overrides this alone.
    /// </summary>
    protected virtual Task<T> Forward<T>(Task<T> call) => call;
}
