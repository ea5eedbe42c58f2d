using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Neo4j.Cypher;

/// <summary>
/// Every Cypher statement the store sends, in one place (the schema statements are in
/// <see cref="SchemaStatements"/>). Labels and relationship types cannot be parameters in the Cypher of
/// every supported server, so the statements that write them are expanded from one template per
/// <see cref="NodeLabel"/> and <see cref="RelationshipType"/>; every value is a parameter.
/// Model: <c>(:GraphNode:Institution {id, version, createdAt, updatedAt, sourcesJson, ...search properties, ...properties})</c>,
/// relationships typed MEMBER_OF ... with their properties and <c>sourcesJson</c>, one
/// <c>(:GraphMeta {key: 'graph', version})</c>, and append-only <c>(:AuditEvent)</c> nodes.
/// </summary>
public static partial class Statements
{
    public static readonly CypherStatement ServerVersion = new(
        "ServerVersion",
        """
        CALL dbms.components() YIELD name, versions
        WITH name, versions WHERE name = 'Neo4j Kernel'
        RETURN versions[0] AS version
        """);

    public static readonly CypherStatement EnsureGraphMeta = new(
        "EnsureGraphMeta",
        """
        MERGE (m:GraphMeta {key: 'graph'})
        ON CREATE SET m.version = 0
        RETURN m.version AS version
        """);

    public static readonly CypherStatement GraphVersion = new(
        "GraphVersion",
        "MATCH (m:GraphMeta {key: 'graph'}) RETURN m.version AS version");

    /// <summary>
    /// First in every write transaction: the write lock on the one meta node serialises writers, so
    /// the version checks that follow in the same transaction cannot race another writer.
    /// </summary>
    public static readonly CypherStatement BumpGraphVersion = new(
        "BumpGraphVersion",
        """
        MATCH (m:GraphMeta {key: 'graph'})
        SET m.version = m.version + 1
        RETURN m.version AS version
        """);

    public static readonly CypherStatement GetNodes = new(
        "GetNodes",
        "MATCH (n:GraphNode) WHERE n.id IN $ids RETURN n ORDER BY n.id",
        "ids");

    // The filter a node query and its count share. A property condition matches a scalar or any
    // element of a list: `[] + value` is the value itself as a list either way, and null for a
    // missing property, which `any` turns into no match.
    private const string NodeFilter =
        $"""
        ($label IS NULL OR $label IN labels(n))
          AND ($idIn IS NULL OR n.id IN $idIn)
          AND ($needle IS NULL OR ({TextMatch}))
          AND all(condition IN $propertyIn WHERE any(value IN [] + n[condition.name] WHERE value IN condition.allowed))
        """;

    /// <summary>The count of every match and one page after the cursor, in one round trip.</summary>
    public static readonly CypherStatement FindNodes = new(
        "FindNodes",
        $"""
        MATCH (n:GraphNode)
        WHERE {NodeFilter}
        WITH count(n) AS total
        OPTIONAL MATCH (n:GraphNode)
        WHERE {NodeFilter}
          AND ($after IS NULL OR n.id > $after)
        WITH total, n ORDER BY n.id LIMIT $limit
        RETURN total, collect(n) AS nodes
        """,
        "label", "idIn", "needle", "propertyIn", "after", "limit");

    public static readonly CypherStatement ExpandOutgoing = Expand("ExpandOutgoing", "a", otherEnd: null);

    public static readonly CypherStatement ExpandIncoming = Expand("ExpandIncoming", "b", otherEnd: null);

    public static readonly CypherStatement ExpandOutgoingWithEnds = Expand("ExpandOutgoingWithEnds", "a", otherEnd: "b");

    public static readonly CypherStatement ExpandIncomingWithEnds = Expand("ExpandIncomingWithEnds", "b", otherEnd: "a");

    /// <summary>The relationships of the given types at the given nodes (<c>a</c> starts them, <c>b</c> ends them), with the other end's node when asked.</summary>
    private static CypherStatement Expand(string name, string end, string? otherEnd) => new(
        name,
        $"""
        MATCH (a:GraphNode)-[r]->(b:GraphNode)
        WHERE {end}.id IN $ids AND type(r) IN $types
        RETURN type(r) AS type, a.id AS fromId, b.id AS toId, r{(otherEnd is null ? "" : $", {otherEnd} AS other")}
        ORDER BY type, fromId, toId
        """,
        "ids", "types");

    /// <summary>
    /// The version is read first: a snapshot may hold writes newer than its version but never lacks
    /// one its version counts, so a cache keyed by the version refreshes rather than serving stale data.
    /// </summary>
    public static readonly CypherStatement Snapshot = new(
        "Snapshot",
        """
        MATCH (m:GraphMeta {key: 'graph'})
        WITH m.version AS version
        OPTIONAL MATCH (n:GraphNode)
        WITH version, n ORDER BY n.id
        WITH version, collect(n) AS nodes
        OPTIONAL MATCH (a:GraphNode)-[r]->(b:GraphNode)
        WITH version, nodes, a, r, b ORDER BY type(r), a.id, b.id
        RETURN version, nodes,
          collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), fromId: a.id, toId: b.id, relationship: r} END) AS relationships
        """);

    /// <summary>
    /// Updates only at the expected version and returns the version found (null when the node does
    /// not exist), so one round trip tells success, conflict and not-found apart. SET on a null target
    /// does nothing; a FOREACH around <c>SET target = $properties</c> would say the same, but Neo4j 3.1
    /// cannot plan it.
    /// </summary>
    public static readonly CypherStatement UpdateNode = new(
        "UpdateNode",
        """
        OPTIONAL MATCH (n:GraphNode {id: $id})
        WITH n, n.version AS actual, n.createdAt AS createdAt
        WITH actual, createdAt, CASE WHEN actual = $expected THEN n END AS target
        SET target = $properties, target.createdAt = createdAt
        RETURN actual
        """,
        "id", "expected", "properties");

    /// <summary>Deletes only when the checks pass and returns what they saw, so the caller can name the failure.</summary>
    public static readonly CypherStatement DeleteNode = new(
        "DeleteNode",
        """
        OPTIONAL MATCH (n:GraphNode {id: $id})
        WITH n, n.version AS actual, CASE WHEN n IS NULL THEN 0 ELSE size([(n)--() | 1]) END AS relationships
        FOREACH (target IN CASE WHEN n IS NOT NULL AND ($expected IS NULL OR actual = $expected) AND (relationships = 0 OR $detach) THEN [n] ELSE [] END |
          DETACH DELETE target)
        RETURN actual, relationships
        """,
        "id", "expected", "detach");

    public static readonly CypherStatement DeleteRelationship = new(
        "DeleteRelationship",
        """
        OPTIONAL MATCH (:GraphNode {id: $fromId})-[r]->(:GraphNode {id: $toId})
        WHERE type(r) = $type
        DELETE r
        RETURN count(r) AS deleted
        """,
        "fromId", "toId", "type");

    public static readonly CypherStatement AppendAuditEvent = new(
        "AppendAuditEvent",
        "CREATE (e:AuditEvent) SET e = $properties RETURN e.id AS id",
        "properties");

    private const string AuditFilter =
        """
        ($org IS NULL OR e.actorOrg = $org)
          AND ($subject IS NULL OR e.actorSubject = $subject)
          AND ($nodeId IS NULL OR $nodeId IN e.nodeIds)
          AND ($from IS NULL OR e.at >= $from)
          AND ($to IS NULL OR e.at < $to)
        """;

    /// <summary>The count of every matching event and one page, newest first, before the cursor.</summary>
    public static readonly CypherStatement FindAuditEvents = new(
        "FindAuditEvents",
        $"""
        MATCH (e:AuditEvent)
        WHERE {AuditFilter}
        WITH count(e) AS total
        OPTIONAL MATCH (e:AuditEvent)
        WHERE {AuditFilter}
          AND ($after IS NULL OR e.id < $after)
        WITH total, e ORDER BY e.id DESC LIMIT $limit
        RETURN total, collect(e) AS events
        """,
        "org", "subject", "nodeId", "from", "to", "after", "limit");

    /// <summary>The change feed: events after an audit id (their batch's graph version, zero-padded), oldest first.</summary>
    public static readonly CypherStatement Changes = new(
        "Changes",
        """
        MATCH (e:AuditEvent)
        WHERE e.id > $after
        WITH e ORDER BY e.id LIMIT $limit
        RETURN collect(e) AS events
        """,
        "after", "limit");

    /// <summary>Empties the database; only the contract suite calls it, to start each test from nothing.</summary>
    internal static readonly CypherStatement DeleteEverything = new(
        "DeleteEverything",
        "MATCH (n) DETACH DELETE n");

    /// <summary>
    /// Every statement of this class and of <c>Statements.Templates.cs</c>, for the offline linter; built on each call,
    /// as the order of static initializers across the two files is not defined.
    /// </summary>
    public static IReadOnlyList<CypherStatement> All =>
    [
        ServerVersion, EnsureGraphMeta, GraphVersion, BumpGraphVersion, GetNodes, FindNodes, ExpandOutgoing,
        ExpandIncoming, ExpandOutgoingWithEnds, ExpandIncomingWithEnds, Snapshot, UpdateNode, DeleteNode, DeleteRelationship, AppendAuditEvent, FindAuditEvents, Changes,
        SearchNodes, NodesWithoutSearchTerms, SetSearchProperties, DeleteEverything, .. _createNode.Values.OrderBy(s => s.Name, StringComparer.Ordinal),
        .. _putRelationship.Values.OrderBy(s => s.Name, StringComparer.Ordinal),
        .. _createNodes.Values.OrderBy(s => s.Name, StringComparer.Ordinal),
        .. _putRelationships.Values.OrderBy(s => s.Name, StringComparer.Ordinal),
    ];
}
