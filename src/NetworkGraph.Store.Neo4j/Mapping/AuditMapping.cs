using System.Text.Json;
using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Neo4j.QueryApi;

namespace NetworkGraph.Store.Neo4j.Mapping;

/// <summary>
/// An audit event is an <c>(:AuditEvent)</c> node; the version maps travel as JSON text because Neo4j
/// properties cannot hold maps, and node ids as a list so a query can ask <c>$nodeId IN e.nodeIds</c>.
/// </summary>
internal static class AuditMapping
{
    public static Dictionary<string, object?> ToProperties(AuditEvent audit) => new(StringComparer.Ordinal)
    {
        ["id"] = audit.Id,
        ["at"] = Instants.Format(audit.At),
        ["graphVersion"] = audit.GraphVersion,
        ["actorSubject"] = audit.Actor.Subject,
        ["actorOrg"] = audit.Actor.Org,
        ["actorRoles"] = audit.Actor.Roles,
        ["operation"] = audit.Operation,
        ["nodeIds"] = audit.NodeIds,
        ["versionsBeforeJson"] = JsonSerializer.Serialize(audit.VersionsBefore),
        ["versionsAfterJson"] = JsonSerializer.Serialize(audit.VersionsAfter),
    };

    public static AuditEvent ToEvent(object? value)
    {
        var node = value as QueryNode ?? throw new InvalidDataException($"Neo4j returned a {value?.GetType().Name ?? "null"} where an audit event belongs");
        var p = node.Properties;
        return new AuditEvent(
            (string)p["id"]!,
            NodeMapping.Instant(p, "at"),
            new AuditActor(p.GetValueOrDefault("actorSubject") as string, p.GetValueOrDefault("actorOrg") as string, Strings(p, "actorRoles")),
            (string)p["operation"]!,
            Strings(p, "nodeIds"),
            Versions(p, "versionsBeforeJson"),
            Versions(p, "versionsAfterJson"),
            (long)p["graphVersion"]!);
    }

    private static string[] Strings(IReadOnlyDictionary<string, object?> properties, string name) =>
        properties.GetValueOrDefault(name) is List<object?> list ? list.Cast<string>().ToArray() : [];

    private static Dictionary<string, long> Versions(IReadOnlyDictionary<string, object?> properties, string name) =>
        JsonSerializer.Deserialize<Dictionary<string, long>>((string)properties[name]!) ?? throw new InvalidDataException($"stored {name} is not a JSON object");
}
