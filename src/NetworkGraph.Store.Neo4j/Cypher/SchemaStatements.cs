namespace NetworkGraph.Store.Neo4j.Cypher;

/// <summary>
/// The constraints and indexes the store's queries need, per server version, because schema syntax
/// changed between major versions (3.x: <c>ON ... ASSERT</c>, idempotent by itself; 4.4 and later:
/// <c>FOR ... REQUIRE</c> with <c>IF NOT EXISTS</c>). Each statement is safe to run on every start.
/// </summary>
public static class SchemaStatements
{
    public static readonly IReadOnlyList<CypherStatement> Neo4j5 =
    [
        new("Schema5.GraphNodeId", "CREATE CONSTRAINT graph_node_id IF NOT EXISTS FOR (n:GraphNode) REQUIRE n.id IS UNIQUE"),
        new("Schema5.AuditEventId", "CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.id IS UNIQUE"),
        new("Schema5.GraphMetaKey", "CREATE CONSTRAINT graph_meta_key IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.key IS UNIQUE"),
        // CONTAINS can use a text index; a range index cannot.
        new("Schema5.GraphNodeSearchText", "CREATE TEXT INDEX graph_node_search_text IF NOT EXISTS FOR (n:GraphNode) ON (n.searchText)"),
        new("Schema5.AuditEventAt", "CREATE INDEX audit_event_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.at)"),
        new("Schema5.AuditEventActorOrg", "CREATE INDEX audit_event_actor_org IF NOT EXISTS FOR (e:AuditEvent) ON (e.actorOrg)"),
    ];

    /// <summary>Neo4j 3.x, for the 3.1 engine the tests can run in-process; not checked by the 5.x linter.</summary>
    public static readonly IReadOnlyList<CypherStatement> Neo4j3 =
    [
        new("Schema3.GraphNodeId", "CREATE CONSTRAINT ON (n:GraphNode) ASSERT n.id IS UNIQUE"),
        new("Schema3.AuditEventId", "CREATE CONSTRAINT ON (e:AuditEvent) ASSERT e.id IS UNIQUE"),
        new("Schema3.GraphMetaKey", "CREATE CONSTRAINT ON (m:GraphMeta) ASSERT m.key IS UNIQUE"),
        new("Schema3.GraphNodeSearchText", "CREATE INDEX ON :GraphNode(searchText)"),
        new("Schema3.AuditEventAt", "CREATE INDEX ON :AuditEvent(at)"),
        new("Schema3.AuditEventActorOrg", "CREATE INDEX ON :AuditEvent(actorOrg)"),
    ];

    /// <summary>The statements for a server version as <c>dbms.components()</c> reports it ("5.26.0", "2025.01.0", "3.1.1").</summary>
    /// <exception cref="NotSupportedException">The version is older than 3.0, between 4.0 and 4.3, or unreadable.</exception>
    public static IReadOnlyList<CypherStatement> For(string serverVersion)
    {
        var parts = serverVersion.Split('.', '-');
        if (parts.Length < 2 || !int.TryParse(parts[0], out var major) || !int.TryParse(parts[1], out var minor))
        {
            throw new NotSupportedException($"Neo4j reported the version '{serverVersion}', which the store cannot read.");
        }
        return (major, minor) switch
        {
            (3, _) => Neo4j3,
            (4, >= 4) or ( >= 5, _) => Neo4j5,
            _ => throw new NotSupportedException(
                $"Neo4j {serverVersion} is not supported: the store needs Neo4j 5.x or later (4.4 and 3.x are kept for tests)."),
        };
    }
}
