using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

/// <summary>
/// Properties as one JSON object per row. The JSON kinds carry the .NET types back: integers are
/// longs, other numbers doubles, arrays string lists.
/// </summary>
internal static class PropertyJson
{
    // The text never reaches a browser, so HTML-safe escaping would only make stored names unreadable.
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyDictionary<string, object?> properties)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                writer.WritePropertyName(name);
                WriteValue(writer, name, value);
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads the stored UTF-8 text in one pass, without building a document first.</summary>
    public static IReadOnlyDictionary<string, object?> Read(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        Expect(ref reader, JsonTokenType.StartObject);
        // Each record keeps compact properties made at their size: a whole graph holds hundreds of thousands of them.
        var properties = CompactProperties.Reading.Start();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = TextPool.Shared.Of(reader.GetString()!);
            reader.Read();
            properties.Add(name, ReadValue(ref reader));
        }
        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new InvalidDataException($"stored properties are not one JSON object (found {reader.TokenType})");
        }
        return properties.Build();
    }

    private static void WriteValue(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                WriteDouble(writer, name, number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case IReadOnlyList<string> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    writer.WriteStringValue(item);
                }
                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException(
                    $"property '{name}' holds a {value.GetType().Name}; a store holds only {nameof(String)}, {nameof(Int64)}, {nameof(Double)}, {nameof(Boolean)} and string lists");
        }
    }

    // A whole double written as "2" would come back as a long, so it keeps a fraction: "2.0".
    private static void WriteDouble(Utf8JsonWriter writer, string name, double number)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentException($"property '{name}' is {number}; JSON holds only finite numbers");
        }
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        writer.WriteRawValue(text.AsSpan().IndexOfAny('.', 'E', 'e') >= 0 ? text : text + ".0");
    }

    private static object? ReadValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => TextPool.Shared.Of(reader.GetString()!),
        JsonTokenType.Number when reader.TryGetInt64(out var whole) => whole,
        JsonTokenType.Number => reader.GetDouble(),
        JsonTokenType.True => CompactProperties.True,
        JsonTokenType.False => CompactProperties.False,
        JsonTokenType.Null => null,
        JsonTokenType.StartArray => ReadStrings(ref reader),
        var kind => throw new InvalidDataException($"a stored property holds a JSON {kind}, which no node property can be"),
    };

    private static string[] ReadStrings(ref Utf8JsonReader reader)
    {
        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(reader.TokenType == JsonTokenType.String
                ? TextPool.Shared.Of(reader.GetString()!)
                : throw new InvalidDataException($"a stored list property holds a JSON {reader.TokenType}; lists hold strings only"));
        }
        return [.. items];
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (!reader.Read() || reader.TokenType != expected)
        {
            throw new InvalidDataException($"stored properties are not one JSON object (found {reader.TokenType})");
        }
    }
}
