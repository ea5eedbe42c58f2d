using System.Text.Json;

namespace NetworkGraph.Core.Seed;

/// <summary>
/// The sources of seed entries: written out in full, or as a reference to the document's
/// <c>sourceCatalog</c> with an optional locator of their own.
/// </summary>
internal static class SeedSources
{
    public static Dictionary<string, SourceRef> ReadCatalog(string fileName, JsonElement root, List<string> problems)
    {
        var catalog = new Dictionary<string, SourceRef>(StringComparer.Ordinal);
        if (!root.TryGetProperty("sourceCatalog", out var element))
        {
            return catalog;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{fileName}: 'sourceCatalog' must be an object");
            return catalog;
        }
        foreach (var entry in element.EnumerateObject())
        {
            var title = entry.Value.ValueKind == JsonValueKind.Object ? SeedJson.OptionalString(entry.Value, "title") : null;
            if (string.IsNullOrWhiteSpace(title))
            {
                problems.Add($"{fileName}: sourceCatalog '{entry.Name}' needs a title");
                continue;
            }
            catalog[entry.Name] = new SourceRef(title, SeedJson.OptionalString(entry.Value, "url"), SeedJson.OptionalString(entry.Value, "locator"));
        }
        return catalog;
    }

    public static List<SourceRef> ReadSources(JsonElement entry, Dictionary<string, SourceRef> catalog, string where, List<string> problems)
    {
        var sources = new List<SourceRef>();
        if (!entry.TryGetProperty("sources", out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            problems.Add($"{where}: 'sources' must list at least one source: every fact says where it comes from");
            return sources;
        }
        foreach (var (source, index) in array.EnumerateArray().Select((s, i) => (s, i)))
        {
            if (ReadSource(source, catalog, $"{where}: sources[{index}]", problems) is { } read)
            {
                sources.Add(read);
            }
        }
        return sources;
    }

    /// <summary>One source: a <c>ref</c> to the catalog with an optional locator of its own, or a title (and url, locator).</summary>
    public static SourceRef? ReadSource(JsonElement source, Dictionary<string, SourceRef> catalog, string where, List<string> problems)
    {
        if (source.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where} must be an object");
            return null;
        }
        var locator = SeedJson.OptionalString(source, "locator");
        if (SeedJson.OptionalString(source, "ref") is { } reference)
        {
            if (catalog.TryGetValue(reference, out var known))
            {
                return known with { Locator = locator ?? known.Locator };
            }
            problems.Add($"{where} refers to '{reference}', which is not in the sourceCatalog");
            return null;
        }
        var title = SeedJson.OptionalString(source, "title");
        if (string.IsNullOrWhiteSpace(title))
        {
            problems.Add($"{where} needs a 'title' or a 'ref'");
            return null;
        }
        return new SourceRef(title, SeedJson.OptionalString(source, "url"), locator);
    }
}
