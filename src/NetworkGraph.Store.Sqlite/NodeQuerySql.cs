using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

/// <summary>
/// Turns a <see cref="NodeQuery"/> into a <see cref="PagedListing"/>: in id order, after the cursor.
/// </summary>
internal static class NodeQuerySql
{
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, NodeQuery query)
    {
        var listing = new PagedListing(connection, transaction);
        if (query.Label is { } label)
        {
            listing.Where("n.label = @label", ("@label", ConstantCase.ToText(label)));
        }
        if (query.IdIn is { } ids)
        {
            listing.Where("n.id IN (SELECT value FROM json_each(@idIn))", ("@idIn", SqliteCommands.JsonArray(ids)));
        }
        if (query.TextContains is { } text)
        {
            var (terms, parameters) = NodeSearchSql.MatchingTerms(text);
            listing.Where($"n.id IN (SELECT m.node_id FROM ({terms}) AS m)", parameters);
        }
        var index = 0;
        foreach (var (name, allowed) in query.PropertyIn)
        {
            // The index holds a scalar property's value and each element of a list property, so one
            // condition serves both kinds; a missing property has no row and so never matches.
            listing.Where(
                $"n.id IN (SELECT v.node_id FROM node_property_values AS v WHERE v.name = @name{index} AND v.value IN (SELECT value FROM json_each(@allowed{index})))",
                ($"@name{index}", name),
                ($"@allowed{index}", SqliteCommands.JsonArray(allowed)));
            index++;
        }
        return listing.Command("nodes n", NodeRows.Columns, order: "n.id", pastCursor: "n.id > @after", query.AfterId, query.First);
    }
}
