using System.Text.Json;

namespace NetworkGraph.Core.Seed;

/// <summary>
/// Reads seed documents (format in seed/README.md) into nodes and relationships, checking every
/// entry against the model. Later files may point to nodes of earlier ones. All problems are
/// collected and reported together.
/// </summary>
public static class SeedReader
{
    /// <summary>Reads seed files whose relationships may also point to nodes that already exist elsewhere (an import into a store).</summary>
    public static SeedGraph Read(IEnumerable<SeedFile> files, Func<string, NodeLabel?> existingLabel) => ReadAll(files, existingLabel);

    public static SeedGraph Read(IEnumerable<SeedFile> files) => ReadAll(files, null);

    /// <summary>The ids a document's relationships name, for looking up the ones that already exist before reading it.</summary>
    public static IReadOnlySet<string> ReferencedIds(SeedFile file)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            using var document = SeedJson.Parse(file.Json);
            foreach (var (_, entry) in SeedJson.Entries(document.RootElement, "relationships"))
            {
                foreach (var end in new[] { "from", "to", "theme" })
                {
                    if (entry.ValueKind == JsonValueKind.Object && SeedJson.OptionalString(entry, end) is { } id)
                    {
                        ids.Add(id);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Read reports the malformed document with its position.
        }
        return ids;
    }

    private static SeedGraph ReadAll(IEnumerable<SeedFile> files, Func<string, NodeLabel?>? existingLabel)
    {
        var reading = new SeedReading(existingLabel);
        foreach (var file in files)
        {
            ReadFile(file, reading);
        }
        return reading.ToGraph();
    }

    private static void ReadFile(SeedFile file, SeedReading reading)
    {
        JsonDocument document;
        try
        {
            document = SeedJson.Parse(file.Json);
        }
        catch (JsonException e)
        {
            reading.Problems.Add($"{file.Name}: not valid JSON ({e.Message})");
            return;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                reading.Problems.Add($"{file.Name}: the top level must be an object with 'nodes' and 'relationships'");
                return;
            }
            var illustrative = root.TryGetProperty("illustrative", out var flag) && flag.ValueKind == JsonValueKind.True;
            var catalog = SeedSources.ReadCatalog(file.Name, root, reading.Problems);
            reading.AddNodes(file.Name, root, catalog, illustrative);
            reading.AddRelationships(file.Name, root, catalog);
        }
    }
}
