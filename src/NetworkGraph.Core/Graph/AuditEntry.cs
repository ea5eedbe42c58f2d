namespace NetworkGraph.Core.Graph;

/// <summary>
/// What the caller knows about a change before writing it; the store completes it into an
/// <see cref="AuditEvent"/> inside the write's own transaction. <c>Operation</c> is the mutation's
/// name as the API exposes it; <c>NodeIds</c> are the nodes the change is about (an audit query by
/// node id finds the event through them); <c>VersionsBefore</c> maps a node id to the version the
/// caller read before the change, with created nodes absent.
/// </summary>
public sealed record AuditEntry(
    AuditActor Actor,
    string Operation,
    IReadOnlyList<string> NodeIds,
    IReadOnlyDictionary<string, long> VersionsBefore);
