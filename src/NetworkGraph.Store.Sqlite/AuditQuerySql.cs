using Microsoft.Data.Sqlite;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

/// <summary>
/// Turns an <see cref="AuditQuery"/> into a <see cref="PagedListing"/>: newest first, before the cursor.
/// </summary>
internal static class AuditQuerySql
{
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, AuditQuery query)
    {
        var listing = new PagedListing(connection, transaction);
        if (query.ActorOrg is { } org)
        {
            listing.Where("a.actor_org = @org", ("@org", org));
        }
        if (query.ActorSubject is { } subject)
        {
            listing.Where("a.actor_subject = @subject", ("@subject", subject));
        }
        if (query.NodeId is { } nodeId)
        {
            listing.Where("a.id IN (SELECT e.event_id FROM audit_event_nodes e WHERE e.node_id = @nodeId)", ("@nodeId", nodeId));
        }
        if (query.From is { } from)
        {
            listing.Where("a.at >= @from", ("@from", Bound(from)));
        }
        if (query.To is { } to)
        {
            listing.Where("a.at < @to", ("@to", Bound(to)));
        }
        // Newest first: the next page holds the ids below the last one seen.
        return listing.Command("audit_events a", AuditRows.Columns, order: "a.id DESC", pastCursor: "a.id < @after", query.AfterId, query.First);
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
