using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

/// <summary>
/// Search over <c>node_search_terms</c> (<see cref="SearchIndexMigration"/>), in two steps. The exact terms and the names
/// that start with the text are seeks in the index on <c>term</c>; when they fill the slice asked for, they are the
/// answer, since every other match ranks after them. Otherwise the terms the text lies within are found by the trigram
/// index and ranked. A text of fewer than three characters has no trigram, so it scans the terms (one short row per
/// term, never a node's JSON) instead.
/// </summary>
internal static class NodeSearchSql
{
    /// <summary>The shortest folded text, in characters, that the trigram index can find.</summary>
    public const int IndexedLength = 3;

    private static readonly string _name = ConstantCase.ToText(SearchTermKind.Name);

    private static readonly string _rank = string.Create(
        CultureInfo.InvariantCulture,
        $"""
        min(CASE WHEN m.term = @needle THEN {SearchRank.Exact}
                 WHEN m.kind = '{_name}' AND instr(m.term, @needle) = 1 THEN {SearchRank.NamePrefix}
                 ELSE {SearchRank.Contained} END)
        """);

    private static readonly string _bestTerms = string.Create(
        CultureInfo.InvariantCulture,
        $"""
        SELECT t.node_id, {SearchRank.Exact} AS rank, t.name_length FROM node_search_terms AS t WHERE t.term = @needle
        UNION ALL
        SELECT t.node_id, {SearchRank.NamePrefix} AS rank, t.name_length FROM node_search_terms AS t
        WHERE t.term >= @needle AND t.term < @pastPrefix AND t.kind = '{_name}'
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
    /// The slice among the nodes with an exact term or a name that starts with the text only, one beyond it; null when
    /// the text has no end to its prefix range (it ends with the last code point). A full slice is the answer.
    /// </summary>
    public static SqliteCommand? BestMatchesCommand(SqliteConnection connection, NodeSearch search)
    {
        var needle = SearchText.Fold(search.Text);
        return PastPrefix(needle) is { } pastPrefix
            ? Ranked(connection, _bestTerms, "min(m.rank)", [("@needle", needle), ("@pastPrefix", pastPrefix)], search)
            : null;
    }

    /// <summary>The slice among every match, one beyond it.</summary>
    public static SqliteCommand Command(SqliteConnection connection, NodeSearch search)
    {
        var (terms, parameters) = MatchingTerms(search.Text);
        return Ranked(connection, terms, _rank, parameters, search);
    }

    /// <summary>
    /// The slice of the nodes of the term rows, by rank, display-name length and id. The slice is cut from the ranked
    /// ids before any node row is read, so only the nodes returned are. Prepared once per connection for each shape;
    /// the reader the caller disposes resets it.
    /// </summary>
    private static SqliteCommand Ranked(
        SqliteConnection connection, string terms, string rank, (string Name, object Value)[] parameters, NodeSearch search) =>
        connection.Prepared(
            $"""
            SELECT {NodeRows.Columns}
            FROM (
                SELECT m.node_id, {rank} AS rank, max(m.name_length) AS name_length
                FROM ({terms}) AS m
                GROUP BY m.node_id
                ORDER BY rank, name_length, m.node_id
                LIMIT @limit OFFSET @skip) AS hits
            JOIN nodes AS n ON n.id = hits.node_id
            ORDER BY hits.rank, hits.name_length, n.id
            """,
            transaction: null,
            [.. parameters, ("@limit", search.First + 1L), ("@skip", (long)search.Skip)]);

    /// <summary>
    /// The least text greater than every text that starts with <paramref name="prefix"/>: the prefix with its last code
    /// point raised by one (SQLite compares text as UTF-8 bytes, which is code point order).
    /// </summary>
    internal static string? PastPrefix(string prefix)
    {
        if (Rune.DecodeLastFromUtf16(prefix, out var last, out var length) != OperationStatus.Done || last.Value == 0x10FFFF)
        {
            return null;
        }
        var next = last.Value == 0xD7FF ? 0xE000 : last.Value + 1;
        return string.Concat(prefix.AsSpan(0, prefix.Length - length), char.ConvertFromUtf32(next));
    }
}
