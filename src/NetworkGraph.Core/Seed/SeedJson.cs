using System.Text.Json;

namespace NetworkGraph.Core.Seed;

/// <summary>How seed documents are parsed (comments allowed) and the lenient lookups the reader uses on them.</summary>
internal static class SeedJson
{
    private static readonly JsonReaderOptions _readerOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    /// <summary>
    /// Parses one whole seed document, refusing anything after its value. Unlike <see cref="JsonDocument.Parse(string, JsonDocumentOptions)"/>,
    /// it rents nothing from the shared array pool: a seed or an import can be hundreds of megabytes, and the pool would
    /// keep a buffer of that size for the life of the process.
    /// </summary>
    /// <exception cref="JsonException">The text is not one JSON value.</exception>
    public static JsonDocument Parse(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), _readerOptions);
        var document = JsonDocument.ParseValue(ref reader);
        if (reader.Read())
        {
            // Read throws on anything but comments and white space after the value; this is the same refusal for any other case.
            throw new JsonException($"Unexpected content after the JSON value at byte {reader.TokenStartIndex}.");
        }
        return document;
    }

    /// <summary>The entries of a top-level array with their indexes; nothing when the array is missing or is not an array.</summary>
    public static IEnumerable<(int Index, JsonElement Entry)> Entries(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select((entry, index) => (index, entry))
            : [];

    public static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
