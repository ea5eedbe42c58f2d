using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

/// <summary>
/// What the next analysis is built on. After a few audited batches it is what they changed: the nodes they touched,
/// reread, and every relationship at them (<see cref="SnapshotChange"/>), five small reads instead of the whole graph,
/// with which the last analysis is patched. The whole graph is read when there is no analysis yet, when a version has no
/// audit event (a seed, a copy), when the batches touched many nodes, or when, three times in a row, a batch that
/// committed during the reads touched a node they read (they could then mix two versions).
/// </summary>
public sealed class AnalysisSnapshots(IGraphStore store)
{
    /// <summary>Past this many touched nodes, reading the whole graph is the simpler way.</summary>
    public const int MaxPatchedNodes = 5_000;

    private static readonly RelationshipType[] _everyType = Enum.GetValues<RelationshipType>();

    /// <summary>Tries to patch this many times when writes keep committing during the reads, then reads the whole graph.</summary>
    private const int Attempts = 3;

    /// <summary>
    /// What to analyse next: what changed since <paramref name="current"/>, to patch it with
    /// (<see cref="GraphAnalysis.BuildAfter"/>), or else the whole graph.
    /// </summary>
    public async Task<(SnapshotChange? Change, GraphSnapshot? Whole)> ReadAsync(GraphAnalysis? current, CancellationToken cancellationToken)
    {
        if (current is null)
        {
            return (null, await store.GetSnapshotAsync(cancellationToken));
        }
        for (var attempt = 1; ; attempt++)
        {
            var (change, moved) = await TryReadChangeAsync(current, cancellationToken);
            if (change is not null)
            {
                return (change, null);
            }
            if (!moved || attempt == Attempts)
            {
                return (null, await store.GetSnapshotAsync(cancellationToken));
            }
        }
    }

    // Moved: a batch committed during the reads touched what they read, so another attempt may succeed.
    private async Task<(SnapshotChange? Change, bool Moved)> TryReadChangeAsync(
        GraphAnalysis current, CancellationToken cancellationToken)
    {
        var changes = await store.GetChangesAsync(current.Version, ChangeFeed.MaxLimit, cancellationToken);
        if (!ChangeFeed.AuditsEveryVersion(changes, current.Version) || changes.Count is 0 or ChangeFeed.MaxLimit)
        {
            return (null, false);
        }
        var touched = changes.SelectMany(change => change.NodeIds).ToHashSet(StringComparer.Ordinal);
        if (touched.Count > MaxPatchedNodes)
        {
            return (null, false);
        }
        var version = changes[^1].GraphVersion;
        var nodes = await store.GetNodesAsync(touched, cancellationToken);
        var outgoing = await store.ExpandAsync(touched, Direction.Outgoing, _everyType, cancellationToken);
        var incoming = await store.ExpandAsync(touched, Direction.Incoming, _everyType, cancellationToken);
        // Batches that committed during the reads changed nothing read unless they touched a node read (a relationship
        // changes only with both its ends): the reads then reflect exactly 'version'. Otherwise, try again.
        var later = await store.GetChangesAsync(version, ChangeFeed.MaxLimit, cancellationToken);
        if (later.Any(change => change.NodeIds.Any(touched.Contains)) || later.Count == ChangeFeed.MaxLimit || !ChangeFeed.AuditsEveryVersion(later, version))
        {
            return (null, true);
        }
        return (new SnapshotChange(version, touched, nodes, [.. outgoing, .. incoming]), false);
    }
}
