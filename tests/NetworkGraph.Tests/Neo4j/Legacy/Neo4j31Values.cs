using System.Globalization;
using System.Text.Json;

namespace NetworkGraph.Tests.Neo4j.Legacy;

/// <summary>
/// Values between the Query API's typed JSON (<c>{"$type": "Integer", "_value": "7"}</c>) and Neo4j 3.1's
/// plain JSON, where only the number's text tells an integer (<c>7</c>) from a float (<c>7.0</c>), and a
/// node or relationship is its <c>rest</c> representation (<c>self</c>, <c>metadata</c>, <c>data</c>).
/// </summary>
public static class Neo4j31Values
{
    /// <summary>Writes a typed parameter as 3.1 reads it: a float always with a decimal point, so 3.1 keeps it a float.</summary>
    public static void WritePlain(Utf8JsonWriter writer, JsonElement typed)
    {
        var value = typed.GetProperty("_value");
        switch (typed.GetProperty("$type").GetString())
        {
            case "Null":
                writer.WriteNullValue();
                break;
            case "Boolean":
                writer.WriteBooleanValue(value.GetBoolean());
                break;
            case "String":
                writer.WriteStringValue(value.GetString());
                break;
            case "Integer":
                writer.WriteNumberValue(long.Parse(value.GetString()!, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
                break;
            case "Float":
                writer.WriteRawValue(FloatText(double.Parse(value.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture)));
                break;
            case "List":
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    WritePlain(writer, item);
                }
                writer.WriteEndArray();
                break;
            case "Map":
                writer.WriteStartObject();
                foreach (var property in value.EnumerateObject())
                {
                    writer.WritePropertyName(property.Name);
                    WritePlain(writer, property.Value);
                }
                writer.WriteEndObject();
                break;
            case var other:
                throw new NotSupportedException($"the Neo4j 3.1 adapter cannot send a parameter of type {other}");
        }
    }

    /// <summary>Writes a value of a 3.1 <c>rest</c> row as the Query API types it.</summary>
    public static void WriteTyped(Utf8JsonWriter writer, JsonElement plain)
    {
        writer.WriteStartObject();
        switch (plain.ValueKind)
        {
            case JsonValueKind.Null:
                writer.WriteString("$type", "Null");
                writer.WriteNull("_value");
                break;
            case JsonValueKind.True or JsonValueKind.False:
                writer.WriteString("$type", "Boolean");
                writer.WriteBoolean("_value", plain.GetBoolean());
                break;
            case JsonValueKind.String:
                writer.WriteString("$type", "String");
                writer.WriteString("_value", plain.GetString());
                break;
            case JsonValueKind.Number:
                var text = plain.GetRawText();
                var isFloat = text.AsSpan().IndexOfAny(".eE") >= 0;
                writer.WriteString("$type", isFloat ? "Float" : "Integer");
                writer.WriteString("_value", isFloat
                    ? plain.GetDouble().ToString("R", CultureInfo.InvariantCulture)
                    : plain.GetInt64().ToString(CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.Array:
                writer.WriteString("$type", "List");
                writer.WriteStartArray("_value");
                foreach (var item in plain.EnumerateArray())
                {
                    WriteTyped(writer, item);
                }
                writer.WriteEndArray();
                break;
            case JsonValueKind.Object when IsEntity(plain, out var metadata, out var properties):
                WriteEntity(writer, plain, metadata, properties);
                break;
            case JsonValueKind.Object:
                writer.WriteString("$type", "Map");
                WriteTypedMap(writer, "_value", plain);
                break;
            default:
                throw new NotSupportedException($"the Neo4j 3.1 adapter cannot read a {plain.ValueKind}");
        }
        writer.WriteEndObject();
    }

    // A Cypher map never carries these three members with these kinds in the store's results; a node or
    // relationship in the rest format always does.
    private static bool IsEntity(JsonElement value, out JsonElement metadata, out JsonElement properties)
    {
        properties = default;
        return value.TryGetProperty("metadata", out metadata) && metadata.ValueKind == JsonValueKind.Object
            && value.TryGetProperty("self", out var self) && self.ValueKind == JsonValueKind.String
            && value.TryGetProperty("data", out properties) && properties.ValueKind == JsonValueKind.Object;
    }

    private static void WriteEntity(Utf8JsonWriter writer, JsonElement entity, JsonElement metadata, JsonElement properties)
    {
        var id = metadata.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
        if (metadata.TryGetProperty("labels", out var labels))
        {
            writer.WriteString("$type", "Node");
            writer.WriteStartObject("_value");
            writer.WriteString("_element_id", id);
            writer.WriteStartArray("_labels");
            foreach (var label in labels.EnumerateArray())
            {
                writer.WriteStringValue(label.GetString());
            }
            writer.WriteEndArray();
        }
        else
        {
            writer.WriteString("$type", "Relationship");
            writer.WriteStartObject("_value");
            writer.WriteString("_element_id", id);
            writer.WriteString("_start_node_element_id", LastSegment(entity.GetProperty("start").GetString()!));
            writer.WriteString("_end_node_element_id", LastSegment(entity.GetProperty("end").GetString()!));
            writer.WriteString("_type", metadata.GetProperty("type").GetString());
        }
        WriteTypedMap(writer, "_properties", properties);
        writer.WriteEndObject();
    }

    private static void WriteTypedMap(Utf8JsonWriter writer, string name, JsonElement map)
    {
        writer.WriteStartObject(name);
        foreach (var property in map.EnumerateObject())
        {
            writer.WritePropertyName(property.Name);
            WriteTyped(writer, property.Value);
        }
        writer.WriteEndObject();
    }

    private static string FloatText(double number)
    {
        if (!double.IsFinite(number))
        {
            throw new NotSupportedException($"JSON cannot carry {number} to Neo4j 3.1");
        }
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.AsSpan().IndexOfAny(".eE") >= 0 ? text : text + ".0";
    }

    private static string LastSegment(string address) => address[(address.LastIndexOf('/') + 1)..];
}
