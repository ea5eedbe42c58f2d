using System.Text.Encodings.Web;
using System.Text.Json;
using NetworkGraph.Core.Names;

namespace NetworkGraph.Core.Seed;

/// <summary>
/// Writes a graph in the seed format (seed/README.md) that <see cref="SeedReader"/> reads back into
/// the same nodes and relationships: flat properties, inline sources, entries in the order given.
/// </summary>
public static class SeedWriter
{
    private static readonly JsonWriterOptions _options = new()
    {
        Indented = true,
        // Names carry accents ("Peñascal"); a seed is read by people, so they stay unescaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(SeedGraph graph, bool illustrative = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var stream = new MemoryStream();
        Write(graph, stream, illustrative);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Streams the document, for graphs too large to hold twice as text.</summary>
    public static void Write(SeedGraph graph, Stream output, bool illustrative = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, _options);
        writer.WriteStartObject();
        writer.WriteBoolean("illustrative", illustrative);
        WriteEntries(writer, "nodes", graph.Nodes, node =>
        {
            writer.WriteString("label", node.Label.ToString());
            writer.WriteString("id", node.Id);
            return (node.Properties, node.Sources);
        });
        WriteEntries(writer, "relationships", graph.Relationships, relationship =>
        {
            writer.WriteString("type", ConstantCase.ToText(relationship.Type));
            writer.WriteString("from", relationship.FromId);
            writer.WriteString("to", relationship.ToId);
            return (relationship.Properties, relationship.Sources);
        });
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>An array of entries, each an object: <paramref name="writeKeys"/> writes what identifies it and returns its facts.</summary>
    private static void WriteEntries<T>(
        Utf8JsonWriter writer,
        string name,
        IEnumerable<T> entries,
        Func<T, (IReadOnlyDictionary<string, object?> Properties, IReadOnlyList<SourceRef> Sources)> writeKeys)
    {
        writer.WriteStartArray(name);
        foreach (var entry in entries)
        {
            writer.WriteStartObject();
            var (properties, sources) = writeKeys(entry);
            WriteProperties(writer, properties);
            WriteSources(writer, sources);
            writer.WriteEndObject();
            FlushWhenLarge(writer);
        }
        writer.WriteEndArray();
    }

    private static void WriteProperties(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> properties)
    {
        SeedNames.Write(writer, properties);
        foreach (var (name, value) in properties.Where(property => property.Key != LocalizedNames.Property))
        {
            switch (value)
            {
                // The reader drops nulls too: an absent property and a null one are the same fact.
                case null:
                    break;
                case string text:
                    writer.WriteString(name, text);
                    break;
                case bool flag:
                    writer.WriteBoolean(name, flag);
                    break;
                case long integer:
                    writer.WriteNumber(name, integer);
                    break;
                case double number:
                    writer.WritePropertyName(name);
                    writer.WriteRawValue(DoubleText(name, number));
                    break;
                case IReadOnlyList<string> list:
                    writer.WriteStartArray(name);
                    foreach (var item in list)
                    {
                        writer.WriteStringValue(item);
                    }
                    writer.WriteEndArray();
                    break;
                default:
                    throw new ArgumentException($"Property '{name}' holds a {value.GetType().Name}, which the seed format cannot carry.", nameof(properties));
            }
        }
    }

    /// <summary>A whole double keeps its ".0" so that the reader does not take it for an integer.</summary>
    private static string DoubleText(string name, double number)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentException($"Property '{name}' is {number}, which JSON cannot carry.", nameof(number));
        }
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static void WriteSources(Utf8JsonWriter writer, IReadOnlyList<SourceRef> sources)
    {
        writer.WriteStartArray("sources");
        foreach (var source in sources)
        {
            writer.WriteStartObject();
            WriteSourceFields(writer, source);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    internal static void WriteSourceFields(Utf8JsonWriter writer, SourceRef source)
    {
        writer.WriteString("title", source.Title);
        if (source.Url is not null)
        {
            writer.WriteString("url", source.Url);
        }
        if (source.Locator is not null)
        {
            writer.WriteString("locator", source.Locator);
        }
    }

    private static void FlushWhenLarge(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > 1 << 16)
        {
            writer.Flush();
        }
    }
}
