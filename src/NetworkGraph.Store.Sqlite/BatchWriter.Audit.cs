using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

internal sealed partial class BatchWriter
{
    /// <summary>Appends the batch's audit event; called after the last write, inside the batch's transaction.</summary>
    public async Task<AuditEvent> AppendAuditAsync(AuditEntry entry, long graphVersion, CancellationToken cancellationToken)
    {
        var audit = AuditEvent.Complete(entry, graphVersion, now, _nodeVersions);
        await using var command = Command(
            """
            INSERT INTO audit_events
                (id, at, graph_version, actor_subject, actor_org, actor_roles, operation, node_ids, versions_before, versions_after)
            VALUES (@id, @at, @graphVersion, @subject, @org, @roles, @operation, @nodeIds, @before, @after);
            INSERT INTO audit_event_nodes (node_id, event_id) SELECT DISTINCT value, @id FROM json_each(@nodeIds);
            """,
            ("@id", audit.Id),
            ("@at", Instants.Format(audit.At)),
            ("@graphVersion", graphVersion),
            ("@subject", audit.Actor.Subject),
            ("@org", audit.Actor.Org),
            ("@roles", AuditJson.WriteList(audit.Actor.Roles)),
            ("@operation", audit.Operation),
            ("@nodeIds", AuditJson.WriteList(audit.NodeIds)),
            ("@before", AuditJson.WriteVersions(audit.VersionsBefore)),
            ("@after", AuditJson.WriteVersions(audit.VersionsAfter)));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return audit;
    }
}
