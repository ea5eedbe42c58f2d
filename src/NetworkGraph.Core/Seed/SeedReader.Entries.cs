using System.Text.Json;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Core.Seed;

// One entry of a seed document: a node or a relationship, with its properties and its sources.
public static partial class SeedReader
{
    private static NodeRecord? ReadNode(JsonElement entry, Dictionary<string, SourceRef> catalog, string where, List<string> problems)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where}: must be an object");
            return null;
        }
        var labelText = OptionalString(entry, "label");
        if (!Enum.TryParse<NodeLabel>(labelText, ignoreCase: false, out var label) || !Enum.IsDefined(label))
        {
            problems.Add($"{where}: 'label' must be one of {string.Join(", ", Enum.GetNames<NodeLabel>())}, not '{labelText}'");
            return null;
        }
        var id = OptionalString(entry, "id");
        if (id is null)
        {
            problems.Add($"{where}: 'id' is required");
            return null;
        }
        return new NodeRecord
        {
            Id = id,
            Label = label,
            Properties = ReadProperties(entry, _nodeKeys, where, problems),
            Sources = ReadSources(entry, catalog, where, problems),
        };
    }

    private static RelationshipRecord? ReadRelationship(JsonElement entry, Dictionary<string, SourceRef> catalog, string where, List<string> problems)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where}: must be an object");
            return null;
        }
        var typeText = OptionalString(entry, "type");
        if (!ConstantCase.TryParse<RelationshipType>(typeText, out var type))
        {
            problems.Add($"{where}: 'type' must be one of {string.Join(", ", ConstantCase.Names<RelationshipType>())}, not '{typeText}'");
            return null;
        }
        var from = OptionalString(entry, "from");
        var to = OptionalString(entry, "to");
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
            Sources = ReadSources(entry, catalog, where, problems),
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

    private static List<SourceRef> ReadSources(JsonElement entry, Dictionary<string, SourceRef> catalog, string where, List<string> problems)
    {
        var sources = new List<SourceRef>();
        if (!entry.TryGetProperty("sources", out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            problems.Add($"{where}: 'sources' must list at least one source: every fact says where it comes from");
            return sources;
        }
        foreach (var (source, index) in array.EnumerateArray().Select((s, i) => (s, i)))
        {
            if (source.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{where}: sources[{index}] must be an object");
                continue;
            }
            var locator = OptionalString(source, "locator");
            if (OptionalString(source, "ref") is { } reference)
            {
                if (catalog.TryGetValue(reference, out var known))
                {
                    sources.Add(known with { Locator = locator ?? known.Locator });
                }
                else
                {
                    problems.Add($"{where}: sources[{index}] refers to '{reference}', which is not in the sourceCatalog");
                }
                continue;
            }
            var title = OptionalString(source, "title");
            if (string.IsNullOrWhiteSpace(title))
            {
                problems.Add($"{where}: sources[{index}] needs a 'title' or a 'ref'");
                continue;
            }
            sources.Add(new SourceRef(title, OptionalString(source, "url"), locator));
        }
        return sources;
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
