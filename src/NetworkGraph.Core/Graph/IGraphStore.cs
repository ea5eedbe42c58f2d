namespace NetworkGraph.Core.Graph;

/// <summary>
/// The storage port: a small, engine-neutral property-graph API. Every method is one store round
/// trip and takes whole batches, so callers can bound round trips by query depth.
/// </summary>
public interface IGraphStore
{
    /// <summary>Nodes for the ids that exist, in no particular order; unknown ids are skipped.</summary>
    Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>One page of nodes matching the query, ordered by id, after the query's cursor.</summary>
    Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// A slice of the nodes whose id, name or title, or acronym contains the search's text ignoring case and accents,
    /// best matches first: by <see cref="SearchRank"/>, then the length of the display name, then id. The store ranks,
    /// so no number of matches can push the best one off the first slice.
    /// </summary>
    Task<NodeSearchPage> SearchNodesAsync(NodeSearch search, CancellationToken cancellationToken);

    /// <summary>
    /// Relationships of the given types that start (<see cref="Direction.Outgoing"/>) or end
    /// (<see cref="Direction.Incoming"/>) at any of the given nodes.
    /// </summary>
    Task<IReadOnlyList<RelationshipRecord>> ExpandAsync(
        IReadOnlyCollection<string> nodeIds,
        Direction direction,
        IReadOnlyCollection<RelationshipType> types,
        CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="ExpandAsync"/>, and in the same round trip the nodes at the relationships' other ends
    /// (each once; an end that no longer exists is left out).
    /// </summary>
    Task<Expansion> ExpandWithEndsAsync(
        IReadOnlyCollection<string> nodeIds,
        Direction direction,
        IReadOnlyCollection<RelationshipType> types,
        CancellationToken cancellationToken);

    /// <summary>The store-wide version: bumped by every committed write, whichever instance made it.</summary>
    Task<long> GetGraphVersionAsync(CancellationToken cancellationToken);

    /// <summary>The whole graph at one version, for the analyses.</summary>
    Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken);

    /// <summary>Applies the whole batch or nothing of it.</summary>
    /// <exception cref="GraphConflictException">An expected version or an id did not match.</exception>
    /// <exception cref="GraphNotFoundException">A node the batch names does not exist.</exception>
    Task<WriteResult> WriteAsync(WriteBatch batch, CancellationToken cancellationToken);

    /// <summary>One page of audit events matching the query, newest first, after the query's cursor.</summary>
    Task<AuditPage> FindAuditEventsAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The change feed: the audit events of the batches committed after graph version <paramref name="afterGraphVersion"/>,
    /// oldest first (commit order), at most <paramref name="limit"/> (1 to <see cref="ChangeFeed.MaxLimit"/>). Every
    /// audited batch appears once, whichever instance wrote it; a batch that failed never appears.
    /// </summary>
    Task<IReadOnlyList<AuditEvent>> GetChangesAsync(long afterGraphVersion, int limit, CancellationToken cancellationToken);
}
