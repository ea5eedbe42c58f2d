using System.Text.Json;
using NetworkGraph.Core.Names;

namespace NetworkGraph.Core.Seed;

/// <summary>One node or relationship entry of a seed document, read into a record; a malformed one adds a problem instead.</summary>
internal static class SeedEntries
{
    private static readonly string[] _nodeKeys = ["label", "id", "sources", LocalizedNames.Property, SeedNames.NameSource];
    private static readonly string[] _relationshipKeys = ["type", "from", "to", "sources"];

    public static NodeRecord? ReadNode(JsonElement entry, Dictionary<string, SourceRef> catalog, string where, List<string> problems)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where}: must be an object");
            return null;
        }
        var labelText = SeedJson.OptionalString(entry, "label");
        if (!Enum.TryParse<NodeLabel>(labelText, ignoreCase: false, out var label) || !Enum.IsDefined(label))
        {
            problems.Add($"{where}: 'label' must be one of {string.Join(", ", Enum.GetNames<NodeLabel>())}, not '{labelText}'");
            return null;
        }
        var id = SeedJson.OptionalString(entry, "id");
        if (id is null)
        {
            problems.Add($"{where}: 'id' is required");
            return null;
        }
        var properties = ReadProperties(entry, _nodeKeys, where, problems);
        if (SeedNames.Read(entry, catalog, where, problems) is { } names)
        {
            properties[LocalizedNames.Property] = names;
        }
        return new NodeRecord
        {
            Id = id,
            Label = label,
            Properties = properties,
            Sources = SeedSources.ReadSources(entry, catalog, where, problems),
        };
    }

    public static RelationshipRecord? ReadRelationship(JsonElement entry, Dictionary<string, SourceRef> catalog, string where, List<string> problems)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where}: must be an object");
            return null;
        }
        var typeText = SeedJson.OptionalString(entry, "type");
        if (!ConstantCase.TryParse<RelationshipType>(typeText, out var type))
        {
            problems.Add($"{where}: 'type' must be one of {string.Join(", ", ConstantCase.Names<RelationshipType>())}, not '{typeText}'");
            return null;
        }
        var from = SeedJson.OptionalString(entry, "from");
        var to = SeedJson.OptionalString(entry, "to");
        if (from is null || to is null)
        {
            problems.Add($"{where}: 'from' and 'to' are required");
            return null;
        }
        return new RelationshipRecord
        {
            Type = type,
            FromId = from,
            ToId = to,
            Properties = ReadProperties(entry, _relationshipKeys, where, problems),
            Sources = SeedSources.ReadSources(entry, catalog, where, problems),
        };
    }

    private static Dictionary<string, object?> ReadProperties(JsonElement entry, string[] reserved, string where, List<string> problems)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.EnumerateObject().Where(p => !reserved.Contains(p.Name)))
        {
            object? value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Number when property.Value.TryGetInt64(out var integer) => integer,
                JsonValueKind.Number => property.Value.GetDouble(),
                JsonValueKind.Array when property.Value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String) =>
                    property.Value.EnumerateArray().Select(item => item.GetString()!).ToArray(),
                JsonValueKind.Null => null,
                _ => Unsupported(property.Name),
            };
            if (value is not null)
            {
                properties[property.Name] = value;
            }
        }
        return properties;

        object? Unsupported(string name)
        {
            problems.Add($"{where}: property '{name}' must be text, a number, true/false or a list of text");
            return null;
        }
    }
}
