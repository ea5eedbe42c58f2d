using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Support;

/// <summary>
/// Counts the store round trips requests make: every port call made while serving an HTTP request is one. The
/// analysis builder's reads run in the background, for no request, and are not counted; snapshots are counted
/// whoever reads them.
/// </summary>
public sealed class CountingGraphStore(IGraphStore inner, Microsoft.AspNetCore.Http.IHttpContextAccessor? requests = null) : DelegatingGraphStore(inner)
{
    private int _roundTrips;
    private int _expansionsWithEnds;
    private int _snapshots;

    /// <summary>How many times the whole graph was read.</summary>
    public int Snapshots => Volatile.Read(ref _snapshots);

    public int RoundTrips => Volatile.Read(ref _roundTrips);

    /// <summary>How many of the round trips were expansions that also brought the nodes at the other ends.</summary>
    public int ExpansionsWithEnds => Volatile.Read(ref _expansionsWithEnds);

    private bool ForARequest => requests is null || requests.HttpContext is not null;

    public void Reset()
    {
        Interlocked.Exchange(ref _roundTrips, 0);
        Interlocked.Exchange(ref _expansionsWithEnds, 0);
    }

    public override Task<Expansion> ExpandWithEndsAsync(
        IReadOnlyCollection<string> nodeIds, Direction direction, IReadOnlyCollection<RelationshipType> types, CancellationToken cancellationToken)
    {
        if (ForARequest)
        {
            Interlocked.Increment(ref _expansionsWithEnds);
        }
        return base.ExpandWithEndsAsync(nodeIds, direction, types, cancellationToken);
    }

    public override Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _snapshots);
        return base.GetSnapshotAsync(cancellationToken);
    }

    protected override Task<T> Forward<T>(Task<T> call)
    {
        if (ForARequest)
        {
            Interlocked.Increment(ref _roundTrips);
        }
        return call;
    }
}
