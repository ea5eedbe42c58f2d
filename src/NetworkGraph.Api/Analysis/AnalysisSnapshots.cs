using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

/// <summary>
/// The snapshot the next analysis is built on. After a few audited batches it is the last analysis's snapshot with
/// the nodes those batches touched reread, and every relationship at them (<see cref="SnapshotPatch"/>): five small
/// reads instead of the whole graph. The whole graph is read when there is no analysis yet, when a version has no
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

    /// <summary>The snapshot to analyse, the batches since <paramref name="current"/> (when known), and whether it was patched.</summary>
    public async Task<(GraphSnapshot Snapshot, IReadOnlyList<AuditEvent>? Changes, bool Patched)> ReadAsync(GraphAnalysis? current, CancellationToken cancellationToken)
    {
        if (current is null)
        {
            return (await store.GetSnapshotAsync(cancellationToken), null, false);
        }
        for (var attempt = 1; ; attempt++)
        {
            var (patched, changes, moved) = await TryPatchAsync(current, cancellationToken);
            if (patched is not null)
            {
                return (patched, changes, true);
            }
            if (!moved || attempt == Attempts)
            {
                return (await store.GetSnapshotAsync(cancellationToken), changes, false);
            }
        }
    }

    // Moved: a batch committed during the reads touched what they read, so another attempt may succeed.
    private async Task<(GraphSnapshot? Snapshot, IReadOnlyList<AuditEvent> Changes, bool Moved)> TryPatchAsync(
        GraphAnalysis current, CancellationToken cancellationToken)
    {
        var changes = await store.GetChangesAsync(current.Version, ChangeFeed.MaxLimit, cancellationToken);
        if (!ChangeFeed.AuditsEveryVersion(changes, current.Version) || changes.Count is 0 or ChangeFeed.MaxLimit)
        {
            return (null, changes, false);
        }
        var touched = changes.SelectMany(change => change.NodeIds).ToHashSet(StringComparer.Ordinal);
        if (touched.Count > MaxPatchedNodes)
        {
            return (null, changes, false);
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
            return (null, changes, true);
        }
        return (SnapshotPatch.Apply(current.Snapshot, touched, nodes, outgoing.Concat(incoming), version), changes, false);
    }
}
