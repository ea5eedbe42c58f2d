using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

/// <summary>
/// Turns an <see cref="AuditQuery"/> into two statements over the same filter: the count of every
/// match, then one page, newest first, before the cursor. Only fixed SQL fragments are joined; every
/// value is a parameter.
/// </summary>
internal static class AuditQuerySql
{
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, AuditQuery query)
    {
        var command = connection.Command("", transaction);
        var conditions = new List<string>();
        void Add(string condition, string parameter, object value)
        {
            conditions.Add(condition);
            command.Parameters.AddWithValue(parameter, value);
        }
        if (query.ActorOrg is { } org)
        {
            Add("a.actor_org = @org", "@org", org);
        }
        if (query.ActorSubject is { } subject)
        {
            Add("a.actor_subject = @subject", "@subject", subject);
        }
        if (query.NodeId is { } nodeId)
        {
            Add("a.id IN (SELECT e.event_id FROM audit_event_nodes e WHERE e.node_id = @nodeId)", "@nodeId", nodeId);
        }
        if (query.From is { } from)
        {
            Add("a.at >= @from", "@from", Bound(from));
        }
        if (query.To is { } to)
        {
            Add("a.at < @to", "@to", Bound(to));
        }
        var filter = conditions.Count == 0 ? "1" : string.Join(" AND ", conditions);
        var beforeCursor = "";
        if (query.AfterId is { } after)
        {
            // Newest first: the next page holds the ids below the last one seen.
            beforeCursor = "AND a.id < @after";
            command.Parameters.AddWithValue("@after", after);
        }
        // One row beyond the page tells whether another page follows.
        command.Parameters.AddWithValue("@limit", query.First + 1L);
        command.CommandText = $"""
            SELECT count(*) FROM audit_events a WHERE {filter};
            SELECT {AuditRows.Columns} FROM audit_events a WHERE {filter} {beforeCursor} ORDER BY a.id DESC LIMIT @limit;
            """;
        return command;
    }

    // Stored instants keep whole milliseconds (Instants.Format). A stored instant is at or after a
    // bound exactly when it is at or after the bound rounded up to the millisecond, so rounding up
    // filters the instants the port returns without error, and the fixed-width text compares in time order.
    private static string Bound(DateTimeOffset instant)
    {
        var remainder = instant.UtcTicks % TimeSpan.TicksPerMillisecond;
        var fitsAnotherMillisecond = instant.UtcTicks <= DateTimeOffset.MaxValue.UtcTicks - TimeSpan.TicksPerMillisecond;
        return Instants.Format(remainder == 0 || !fitsAnotherMillisecond ? instant : instant.AddTicks(TimeSpan.TicksPerMillisecond - remainder));
    }
}
