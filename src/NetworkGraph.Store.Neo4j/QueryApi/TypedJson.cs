using System.Globalization;
using System.Text.Json;

namespace NetworkGraph.Store.Neo4j.QueryApi;

/// <summary>A node as the Query API returns it: labels and typed properties, without its element id.</summary>
internal sealed record QueryNode(IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

internal sealed record QueryRelationship(string Type, IReadOnlyDictionary<string, object?> Properties);

/// <summary>
/// Neo4j's typed JSON (<c>application/vnd.neo4j.query</c>): every value is <c>{"$type": ..., "_value": ...}</c>,
/// and integers and floats travel as text, so a long keeps all 64 bits and a whole double stays a double.
/// </summary>
internal static class TypedJson
{
    public const string MediaType = "application/vnd.neo4j.query";

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        writer.WriteStartObject();
        switch (value)
        {
            case null:
                writer.WriteString("$type", "Null");
                writer.WriteNull("_value");
                break;
            case string text:
                writer.WriteString("$type", "String");
                writer.WriteString("_value", text);
                break;
            case bool flag:
                writer.WriteString("$type", "Boolean");
                writer.WriteBoolean("_value", flag);
                break;
            case long or int:
                writer.WriteString("$type", "Integer");
                writer.WriteString("_value", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                writer.WriteString("$type", "Float");
                writer.WriteString("_value", number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteString("$type", "Map");
                writer.WriteStartObject("_value");
                foreach (var (name, item) in map)
                {
                    writer.WritePropertyName(name);
                    Write(writer, item);
                }
                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                writer.WriteString("$type", "List");
                writer.WriteStartArray("_value");
                foreach (var item in list)
                {
                    Write(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"a {value.GetType().Name} cannot be sent to Neo4j as a parameter", nameof(value));
        }
        writer.WriteEndObject();
    }

    public static object? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("$type", out var typeElement)
            || !element.TryGetProperty("_value", out var value))
        {
            throw new InvalidDataException($"Neo4j sent {element.ValueKind} where a typed value ({{\"$type\", \"_value\"}}) belongs");
        }
        var type = typeElement.GetString();
        return type switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            "Float" => ReadFloat(value.GetString()!),
            "String" => value.GetString(),
            "List" => value.EnumerateArray().Select(Read).ToList(),
            "Map" => ReadMap(value),
            "Node" => new QueryNode(
                value.GetProperty("_labels").EnumerateArray().Select(label => label.GetString()!).ToList(),
                ReadMap(value.GetProperty("_properties"))),
            "Relationship" => new QueryRelationship(value.GetProperty("_type").GetString()!, ReadMap(value.GetProperty("_properties"))),
            _ => throw new InvalidDataException($"Neo4j sent a value of type {type}, which the store never writes"),
        };
    }

    private static Dictionary<string, object?> ReadMap(JsonElement map)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject())
        {
            values[property.Name] = Read(property.Value);
        }
        return values;
    }

    private static double ReadFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
