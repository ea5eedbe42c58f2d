using System.Collections.Frozen;
using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Neo4j.QueryApi;

namespace NetworkGraph.Store.Neo4j.Mapping;

/// <summary>
/// A node is <c>(:GraphNode:Label {id, version, createdAt, updatedAt, sourcesJson, ...search properties, ...properties})</c>
/// (<see cref="SearchProperties"/>);
/// instants are ISO 8601 text (<see cref="Instants"/>), so they sort as text and read back exactly.
/// </summary>
internal static class NodeMapping
{
    public const string CommonLabel = "GraphNode";

    public static readonly FrozenSet<string> Reserved =
        FrozenSet.Create(StringComparer.Ordinal, ["id", "version", "createdAt", "updatedAt", SourcesJson.Property, .. SearchProperties.All]);

    /// <summary>Every stored property of a node at <paramref name="version"/>: what <c>SET n = $properties</c> writes.</summary>
    public static Dictionary<string, object?> ToProperties(
        string id,
        long version,
        DateTimeOffset createdAt,
        DateTimeOffset updatedAt,
        IReadOnlyDictionary<string, object?> properties,
        IReadOnlyList<SourceRef> sources)
    {
        var stored = new Dictionary<string, object?>(StringComparer.Ordinal);
        PropertyMapping.CopyInto(stored, properties, Reserved, $"node '{id}'");
        stored["id"] = id;
        stored["version"] = version;
        stored["createdAt"] = Instants.Format(createdAt);
        stored["updatedAt"] = Instants.Format(updatedAt);
        foreach (var (name, value) in SearchProperties.Of(id, properties))
        {
            stored[name] = value;
        }
        stored[SourcesJson.Property] = SourcesJson.Write(sources);
        return stored;
    }

    public static NodeRecord ToRecord(object? value)
    {
        var node = value as QueryNode ?? throw new InvalidDataException($"Neo4j returned a {value?.GetType().Name ?? "null"} where a node belongs");
        var properties = node.Properties;
        return new NodeRecord
        {
            Id = (string)properties["id"]!,
            Label = LabelOf(node),
            Version = (long)properties["version"]!,
            CreatedAt = Instant(properties, "createdAt"),
            UpdatedAt = Instant(properties, "updatedAt"),
            Properties = PropertyMapping.Read(properties, Reserved),
            Sources = SourcesJson.Read(properties.GetValueOrDefault(SourcesJson.Property)),
        };
    }

    public static DateTimeOffset Instant(IReadOnlyDictionary<string, object?> properties, string name) =>
        Instants.TryParse(properties.GetValueOrDefault(name) as string, out var instant)
            ? instant
            : throw new InvalidDataException($"stored {name} '{properties.GetValueOrDefault(name)}' is not ISO 8601 with an offset");

    private static NodeLabel LabelOf(QueryNode node)
    {
        foreach (var label in node.Labels)
        {
            if (label != CommonLabel && Enum.TryParse<NodeLabel>(label, ignoreCase: false, out var parsed))
            {
                return parsed;
            }
        }
        throw new InvalidDataException($"stored node has no node label among {string.Join(", ", node.Labels)}");
    }
}
