using System.Buffers;
using System.Text;
using System.Text.Json;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Sqlite;

/// <summary>Sources as a JSON array of <c>{title, url, locator}</c>.</summary>
internal static class SourceJson
{
    public static string Write(IReadOnlyList<SourceRef> sources)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, PropertyJson.WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var source in sources)
            {
                writer.WriteStartObject();
                writer.WriteString("title", source.Title);
                writer.WriteString("url", source.Url);
                writer.WriteString("locator", source.Locator);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static IReadOnlyList<SourceRef> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(source => new SourceRef(Text(source, "title") ?? "", Text(source, "url"), Text(source, "locator")))
            .ToArray();
    }

    private static string? Text(JsonElement source, string name) =>
        source.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
