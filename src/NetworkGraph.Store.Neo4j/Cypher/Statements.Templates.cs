using System.Collections.Frozen;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Neo4j.Cypher;

/// <summary>
/// The statements that write a label or a relationship type, which cannot be parameters: one statement per
/// <see cref="NodeLabel"/> and <see cref="RelationshipType"/>, expanded from one template each, for one write and for
/// a run of writes (<c>UNWIND $rows</c>).
/// </summary>
public static partial class Statements
{
    private static readonly FrozenDictionary<NodeLabel, CypherStatement> _createNode =
        Enum.GetValues<NodeLabel>().ToFrozenDictionary(label => label, label => new CypherStatement(
            $"CreateNode.{label}",
            $$"""
            OPTIONAL MATCH (existing:GraphNode {id: $id})
            WITH existing WHERE existing IS NULL
            CREATE (n:GraphNode:{{label}})
            SET n = $properties
            RETURN n.version AS version
            """,
            "id", "properties"));

    private static readonly FrozenDictionary<RelationshipType, CypherStatement> _putRelationship =
        Enum.GetValues<RelationshipType>().ToFrozenDictionary(type => type, type => new CypherStatement(
            $"PutRelationship.{ConstantCase.ToText(type)}",
            $$"""
            OPTIONAL MATCH (a:GraphNode {id: $fromId})
            OPTIONAL MATCH (b:GraphNode {id: $toId})
            FOREACH (ignored IN CASE WHEN a IS NOT NULL AND b IS NOT NULL THEN [1] ELSE [] END |
              MERGE (a)-[r:{{ConstantCase.ToText(type)}}]->(b)
              SET r = $properties)
            RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists
            """,
            "fromId", "toId", "properties"));

    private static readonly FrozenDictionary<NodeLabel, CypherStatement> _createNodes =
        Enum.GetValues<NodeLabel>().ToFrozenDictionary(label => label, label => new CypherStatement(
            $"CreateNodes.{label}",
            $$"""
            UNWIND $rows AS row
            OPTIONAL MATCH (existing:GraphNode {id: row.id})
            WITH row, existing WHERE existing IS NULL
            CREATE (n:GraphNode:{{label}})
            SET n = row.properties
            RETURN row.id AS id
            """,
            "rows"));

    private static readonly FrozenDictionary<RelationshipType, CypherStatement> _putRelationships =
        Enum.GetValues<RelationshipType>().ToFrozenDictionary(type => type, type => new CypherStatement(
            $"PutRelationships.{ConstantCase.ToText(type)}",
            $$"""
            UNWIND $rows AS row
            OPTIONAL MATCH (a:GraphNode {id: row.fromId})
            OPTIONAL MATCH (b:GraphNode {id: row.toId})
            FOREACH (ignored IN CASE WHEN a IS NOT NULL AND b IS NOT NULL THEN [1] ELSE [] END |
              MERGE (a)-[r:{{ConstantCase.ToText(type)}}]->(b)
              SET r = row.properties)
            RETURN row.fromId AS fromId, row.toId AS toId, a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists
            """,
            "rows"));

    /// <summary>Creates the node with its label only when the id is free; no row back means the id is taken.</summary>
    public static CypherStatement CreateNode(NodeLabel label) => _createNode[label];

    /// <summary>Creates or replaces the relationship when both ends exist, and says which ends do.</summary>
    public static CypherStatement PutRelationship(RelationshipType type) => _putRelationship[type];

    /// <summary>Creates each node of the rows (<c>id</c>, <c>properties</c>) whose id is free and returns the ids created.</summary>
    public static CypherStatement CreateNodes(NodeLabel label) => _createNodes[label];

    /// <summary>Creates or replaces each relationship of the rows (<c>fromId</c>, <c>toId</c>, <c>properties</c>) whose ends exist, and says for every row which ends do.</summary>
    public static CypherStatement PutRelationships(RelationshipType type) => _putRelationships[type];
}
