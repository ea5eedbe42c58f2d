namespace NetworkGraph.Core.Graph;

/// <summary>
/// A filter over the audit trail; every condition narrows the result. Events come newest first
/// (by <see cref="AuditEvent.Id"/>, descending).
/// </summary>
public sealed record AuditQuery
{
    public string? ActorOrg { get; init; }

    public string? ActorSubject { get; init; }

    /// <summary>Matches events whose <see cref="AuditEvent.NodeIds"/> contain this id, also after the node was deleted.</summary>
    public string? NodeId { get; init; }

    /// <summary>Inclusive.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Exclusive.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>The id of the last event of the previous page.</summary>
    public string? AfterId { get; init; }

    public int First { get; init; } = 20;
}

/// <summary>One page of audit events; <c>TotalCount</c> counts every event matching the filter, whatever the cursor.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEvent> Events, bool HasNextPage, int TotalCount)
{
    /// <summary>A page from events fetched one beyond <paramref name="first"/>: the extra one only says that another page follows.</summary>
    public static AuditPage FromOneBeyond(IReadOnlyList<AuditEvent> fetched, int first, int totalCount) =>
        new(fetched.Count > first ? fetched.Take(first).ToList() : fetched, fetched.Count > first, totalCount);
}
