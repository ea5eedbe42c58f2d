using System.Text.Json;

namespace NetworkGraph.Core.Seed;

/// <summary>How seed documents are parsed (comments allowed) and the lenient lookups the reader uses on them.</summary>
internal static class SeedJson
{
    public static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The entries of a top-level array with their indexes; nothing when the array is missing or is not an array.</summary>
    public static IEnumerable<(int Index, JsonElement Entry)> Entries(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select((entry, index) => (index, entry))
            : [];

    public static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
