namespace NetworkGraph.Core.Graph;

/// <summary>
/// Who made a change, as the caller's token said: the subject, the institution it acts for, and its
/// roles. Subject and org are null where the token carries none.
/// </summary>
public sealed record AuditActor(string? Subject, string? Org, IReadOnlyList<string> Roles);
