namespace NetworkGraph.Core.Graph;

/// <summary>
/// One entry of the append-only audit trail, written in the same transaction as the change it
/// records: a change never exists without its event, and an event never records a change that rolled
/// back. The store assigns <c>Id</c> (<see cref="IdFor"/>), <c>At</c> (its clock when it wrote the
/// batch), <c>VersionsAfter</c> (node id to the version after the write, for each node the batch
/// created or updated; deleted nodes are absent) and <c>GraphVersion</c> (the version the batch committed).
/// </summary>
public sealed record AuditEvent(
    string Id,
    DateTimeOffset At,
    AuditActor Actor,
    string Operation,
    IReadOnlyList<string> NodeIds,
    IReadOnlyDictionary<string, long> VersionsBefore,
    IReadOnlyDictionary<string, long> VersionsAfter,
    long GraphVersion)
{
    /// <summary>
    /// "audit-" and the graph version the batch committed, zero-padded to the 19 digits of any long.
    /// Every committed batch bumps the version exactly once, so ids are unique within a store and sort,
    /// as text, in commit order, which a clock cannot promise when two instances write at once.
    /// </summary>
    public static string IdFor(long graphVersion)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(graphVersion);
        return string.Create(CultureInfo.InvariantCulture, $"audit-{graphVersion:D19}");
    }

    /// <summary>
    /// The event a store appends for <paramref name="entry"/>: copies of what the caller could still change,
    /// and <paramref name="now"/> at the precision instants are stored, so the event the writer gets back is
    /// the one a query reads later.
    /// </summary>
    public static AuditEvent Complete(AuditEntry entry, long graphVersion, DateTimeOffset now, IReadOnlyDictionary<string, long> versionsAfter)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Instants.TryParse(Instants.Format(now), out var at);
        return new AuditEvent(
            IdFor(graphVersion),
            at,
            entry.Actor with { Roles = [.. entry.Actor.Roles] },
            entry.Operation,
            [.. entry.NodeIds],
            new Dictionary<string, long>(entry.VersionsBefore, StringComparer.Ordinal),
            new Dictionary<string, long>(versionsAfter, StringComparer.Ordinal),
            graphVersion);
    }
}
