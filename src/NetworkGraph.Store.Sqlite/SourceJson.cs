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

    /// <summary>
    /// The sources of a stored row, parsed when first read: most reads select names and relations, not
    /// sources, and parsing them was a quarter of a node read.
    /// </summary>
    public static IReadOnlyList<SourceRef> ReadDeferred(byte[] utf8) =>
        utf8 is [(byte)'[', (byte)']'] ? [] : new DeferredSources(utf8);

    private static SourceRef[] Parse(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            throw new InvalidDataException($"stored sources are not a JSON array (found {reader.TokenType})");
        }
        var sources = new List<SourceRef>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? title = null, url = null, locator = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                }
                switch (name)
                {
                    case "title": title = text; break;
                    case "url": url = text; break;
                    case "locator": locator = text; break;
                }
            }
            sources.Add(new SourceRef(title ?? "", url, locator));
        }
        return [.. sources];
    }

    private sealed class DeferredSources(byte[] utf8) : IReadOnlyList<SourceRef>
    {
        private SourceRef[]? _sources;

        // Two threads may both parse; they build the same list and either may win.
        private SourceRef[] Sources => _sources ??= Parse(utf8);

        public int Count => Sources.Length;

        public SourceRef this[int index] => Sources[index];

        public IEnumerator<SourceRef> GetEnumerator() => ((IEnumerable<SourceRef>)Sources).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
