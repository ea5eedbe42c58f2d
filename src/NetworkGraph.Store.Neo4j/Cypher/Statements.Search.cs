using System.Globalization;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Neo4j.Cypher;

/// <summary>
/// Search (see <c>Mapping/SearchProperties.cs</c>): <c>searchText CONTAINS</c> finds the candidates through the index
/// on <c>searchText</c> (a text index on 5.x, which serves CONTAINS; a plain index on 3.1), and the terms decide the
/// match and the rank. Not a full-text index: its analyzers split words and its queries are Lucene syntax, so it
/// would find other things than a substring, and other things than the SQLite store.
/// </summary>
public static partial class Statements
{
    /// <summary>A text lies within one of the node's terms, never across two.</summary>
    private const string TextMatch = "n.searchText CONTAINS $needle AND any(term IN n.searchTerms WHERE term CONTAINS $needle)";

    private static readonly string _rank = string.Create(
        CultureInfo.InvariantCulture,
        $"""
        CASE WHEN $needle IN n.searchTerms THEN {SearchRank.Exact}
               WHEN any(name IN n.searchNames WHERE name STARTS WITH $needle) THEN {SearchRank.NamePrefix}
               ELSE {SearchRank.Contained} END
        """);

    /// <summary>One slice of the matches, best first; <c>collect</c> keeps the order.</summary>
    public static readonly CypherStatement SearchNodes = new(
        "SearchNodes",
        $"""
        MATCH (n:GraphNode)
        WHERE {TextMatch}
        WITH n, {_rank} AS rank
        ORDER BY rank, n.searchNameLength, n.id
        SKIP $skip LIMIT $limit
        RETURN collect(n) AS nodes
        """,
        "needle", "skip", "limit");

    /// <summary>A page of the nodes written before they carried their search terms, to fill them in on start.</summary>
    public static readonly CypherStatement NodesWithoutSearchTerms = new(
        "NodesWithoutSearchTerms",
        "MATCH (n:GraphNode) WHERE n.searchTerms IS NULL RETURN n ORDER BY n.id LIMIT $limit",
        "limit");

    /// <summary>Fills in the search properties of those nodes; one that a writer has given them since is left alone.</summary>
    public static readonly CypherStatement SetSearchProperties = new(
        "SetSearchProperties",
        """
        UNWIND $rows AS row
        MATCH (n:GraphNode {id: row.id})
        WHERE n.searchTerms IS NULL
        SET n += row.search
        RETURN count(n) AS filled
        """,
        "rows");
}
