using System.Globalization;
using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

/// <summary>
/// Search over <c>node_search_terms</c> (<see cref="SearchIndexMigration"/>): the terms a text lies within, found by the
/// trigram index, and the ranked slice of their nodes. A text of fewer than three characters has no trigram, so it
/// scans the terms (one short row per term, never a node's JSON) instead.
/// </summary>
internal static class NodeSearchSql
{
    /// <summary>The shortest folded text, in characters, that the trigram index can find.</summary>
    public const int IndexedLength = 3;

    private static readonly string _rank = string.Create(
        CultureInfo.InvariantCulture,
        $"""
        min(CASE WHEN m.term = @needle THEN {SearchRank.Exact}
                 WHEN m.kind = '{ConstantCase.ToText(SearchTermKind.Name)}' AND instr(m.term, @needle) = 1 THEN {SearchRank.NamePrefix}
                 ELSE {SearchRank.Contained} END)
        """);

    /// <summary>
    /// A query of the term rows (<c>node_id, kind, term, name_length</c>) that contain <c>@needle</c>, and its parameters.
    /// The index is given the text as one FTS5 string (in double quotes, a quote doubled), so quotes, stars, minus signs,
    /// brackets and words such as OR are text to find, never query syntax.
    /// </summary>
    public static (string Sql, (string Name, object Value)[] Parameters) MatchingTerms(string text)
    {
        var needle = SearchText.Fold(text);
        if (needle.EnumerateRunes().Count() < IndexedLength)
        {
            return ("SELECT t.node_id, t.kind, t.term, t.name_length FROM node_search_terms AS t WHERE instr(t.term, @needle) > 0",
                [("@needle", needle)]);
        }
        return ("""
            SELECT t.node_id, t.kind, t.term, t.name_length
            FROM node_search_trigrams AS f JOIN node_search_terms AS t ON t.rowid = f.rowid
            WHERE node_search_trigrams MATCH @phrase
            """,
            [("@needle", needle), ("@phrase", $"\"{needle.Replace("\"", "\"\"", StringComparison.Ordinal)}\"")]);
    }

    /// <summary>
    /// One slice of the matching nodes, best first, one beyond the slice to tell whether more follow. The slice is cut
    /// from the ranked ids before any node row is read, so only the nodes returned are.
    /// </summary>
    public static SqliteCommand Command(SqliteConnection connection, NodeSearch search)
    {
        var (terms, parameters) = MatchingTerms(search.Text);
        // Prepared once per connection for each of the two shapes; the reader the caller disposes resets it.
        return connection.Prepared(
            $"""
            SELECT {NodeRows.Columns}
            FROM (
                SELECT m.node_id, {_rank} AS rank, max(m.name_length) AS name_length
                FROM ({terms}) AS m
                GROUP BY m.node_id
                ORDER BY rank, name_length, m.node_id
                LIMIT @limit OFFSET @skip) AS hits
            JOIN nodes AS n ON n.id = hits.node_id
            ORDER BY hits.rank, hits.name_length, n.id
            """,
            transaction: null,
            [.. parameters, ("@limit", search.First + 1L), ("@skip", (long)search.Skip)]);
    }
}
