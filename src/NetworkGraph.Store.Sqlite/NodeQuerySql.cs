using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

/// <summary>
/// Turns a <see cref="NodeQuery"/> into two statements over the same filter: the count of every
/// match, then one page after the cursor. Only fixed SQL fragments are joined; every value is a parameter.
/// </summary>
internal static class NodeQuerySql
{
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, NodeQuery query)
    {
        var command = connection.Command("", transaction);
        var conditions = new List<string>();
        if (query.Label is { } label)
        {
            conditions.Add("n.label = @label");
            command.Parameters.AddWithValue("@label", ConstantCase.ToText(label));
        }
        if (query.IdIn is { } ids)
        {
            conditions.Add("n.id IN (SELECT value FROM json_each(@idIn))");
            command.Parameters.AddWithValue("@idIn", SqliteCommands.JsonArray(ids));
        }
        if (query.TextContains is { } text)
        {
            conditions.Add("instr(n.search_text, @needle) > 0");
            command.Parameters.AddWithValue("@needle", SearchText.Fold(text));
        }
        var index = 0;
        foreach (var (name, allowed) in query.PropertyIn)
        {
            // The index holds a scalar property's value and each element of a list property, so one
            // condition serves both kinds; a missing property has no row and so never matches.
            conditions.Add(
                $"n.id IN (SELECT v.node_id FROM node_property_values AS v WHERE v.name = @name{index} AND v.value IN (SELECT value FROM json_each(@allowed{index})))");
            command.Parameters.AddWithValue($"@name{index}", name);
            command.Parameters.AddWithValue($"@allowed{index}", SqliteCommands.JsonArray(allowed));
            index++;
        }
        var filter = conditions.Count == 0 ? "1" : string.Join(" AND ", conditions);
        var afterCursor = "";
        if (query.AfterId is { } after)
        {
            afterCursor = "AND n.id > @after";
            command.Parameters.AddWithValue("@after", after);
        }
        // One row beyond the page tells whether another page follows.
        command.Parameters.AddWithValue("@limit", query.First + 1L);
        command.CommandText = $"""
            SELECT count(*) FROM nodes n WHERE {filter};
            SELECT {NodeRows.Columns} FROM nodes n WHERE {filter} {afterCursor} ORDER BY n.id LIMIT @limit;
            """;
        return command;
    }
}
