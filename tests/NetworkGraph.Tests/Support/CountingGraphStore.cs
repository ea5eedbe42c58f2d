using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Support;

/// <summary>Counts the store round trips a request makes: every port call is one.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private int _roundTrips;
    private int _expansionsWithEnds;
    private int _snapshots;

    /// <summary>How many times the whole graph was read.</summary>
    public int Snapshots => Volatile.Read(ref _snapshots);

    public int RoundTrips => Volatile.Read(ref _roundTrips);

    /// <summary>How many of the round trips were expansions that also brought the nodes at the other ends.</summary>
    public int ExpansionsWithEnds => Volatile.Read(ref _expansionsWithEnds);

    public void Reset()
    {
        Interlocked.Exchange(ref _roundTrips, 0);
        Interlocked.Exchange(ref _expansionsWithEnds, 0);
    }

    public Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Count(inner.GetNodesAsync(ids, cancellationToken));

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken) =>
        Count(inner.FindNodesAsync(query, cancellationToken));

    public Task<IReadOnlyList<RelationshipRecord>> ExpandAsync(
        IReadOnlyCollection<string> nodeIds, Direction direction, IReadOnlyCollection<RelationshipType> types, CancellationToken cancellationToken) =>
        Count(inner.ExpandAsync(nodeIds, direction, types, cancellationToken));

    public Task<Expansion> ExpandWithEndsAsync(
        IReadOnlyCollection<string> nodeIds, Direction direction, IReadOnlyCollection<RelationshipType> types, CancellationToken cancellationToken) =>
        Count(inner.ExpandWithEndsAsync(nodeIds, direction, types, cancellationToken), withEnds: true);

    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken) => Count(inner.GetGraphVersionAsync(cancellationToken));

    public Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _snapshots);
        return Count(inner.GetSnapshotAsync(cancellationToken));
    }

    public Task<WriteResult> WriteAsync(WriteBatch batch, CancellationToken cancellationToken) => Count(inner.WriteAsync(batch, cancellationToken));

    public Task<AuditPage> FindAuditEventsAsync(AuditQuery query, CancellationToken cancellationToken) =>
        Count(inner.FindAuditEventsAsync(query, cancellationToken));

    private Task<T> Count<T>(Task<T> call, bool withEnds = false)
    {
        Interlocked.Increment(ref _roundTrips);
        if (withEnds)
        {
            Interlocked.Increment(ref _expansionsWithEnds);
        }
        return call;
    }
}
