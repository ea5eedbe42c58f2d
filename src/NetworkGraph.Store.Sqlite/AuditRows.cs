using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

/// <summary>How an audit row maps to an <see cref="AuditEvent"/>; queries select <see cref="Columns"/> from <c>audit_events a</c>.</summary>
internal static class AuditRows
{
    public const string Columns =
        "a.id, a.at, a.graph_version, a.actor_subject, a.actor_org, a.actor_roles, a.operation, a.node_ids, a.versions_before, a.versions_after";

    public static Task<List<AuditEvent>> ReadAllAsync(SqliteDataReader reader, CancellationToken cancellationToken) =>
        reader.ReadAllAsync(Read, cancellationToken);

    private static AuditEvent Read(SqliteDataReader reader) => new(
        Id: reader.GetString(0),
        At: NodeRows.ParseInstant(reader.GetString(1)),
        Actor: new AuditActor(
            Subject: reader.IsDBNull(3) ? null : reader.GetString(3),
            Org: reader.IsDBNull(4) ? null : reader.GetString(4),
            Roles: AuditJson.ReadList(reader.GetString(5))),
        Operation: reader.GetString(6),
        NodeIds: AuditJson.ReadList(reader.GetString(7)),
        VersionsBefore: AuditJson.ReadVersions(reader.GetString(8)),
        VersionsAfter: AuditJson.ReadVersions(reader.GetString(9)),
        GraphVersion: reader.GetInt64(2));
}
