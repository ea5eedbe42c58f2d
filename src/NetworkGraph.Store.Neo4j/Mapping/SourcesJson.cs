using System.Text.Encodings.Web;
using System.Text.Json;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Neo4j.Mapping;

/// <summary>Sources as one JSON text property, <c>sourcesJson</c>: Neo4j properties cannot hold maps.</summary>
internal static class SourcesJson
{
    public const string Property = "sourcesJson";

    // Readable in Neo4j Browser; the text never reaches a web page as markup.
    private static readonly JsonSerializerOptions _options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    private sealed record Source(string Title, string? Url, string? Locator);

    public static string Write(IReadOnlyList<SourceRef> sources) =>
        JsonSerializer.Serialize(sources.Select(source => new Source(source.Title, source.Url, source.Locator)), _options);

    public static IReadOnlyList<SourceRef> Read(object? json) => json switch
    {
        null => [],
        string text => (JsonSerializer.Deserialize<Source[]>(text, _options) ?? [])
            .Select(source => new SourceRef(source.Title ?? "", source.Url, source.Locator))
            .ToArray(),
        _ => throw new InvalidDataException($"stored {Property} is a {json.GetType().Name}, not JSON text"),
    };
}
