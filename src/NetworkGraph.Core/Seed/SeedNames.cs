using System.Text.Json;
using NetworkGraph.Core.Names;

namespace NetworkGraph.Core.Seed;

/// <summary>
/// A node's names per language in a seed document:
/// <code>
/// "names": { "eu": "Eusko Jaurlaritza", "es": "Gobierno Vasco", "en": { "text": "Basque Government", "official": false } },
/// "nameSource": { "ref": "euskadi-eus", "locator": "the site's header" }
/// </code>
/// A name written as text is official, and <c>nameSource</c> says where it is used. Written as an object it may be a
/// translation (<c>"official": false</c>) or carry a <c>source</c> of its own, which an official name needs when there
/// is no <c>nameSource</c>. The writer writes every name as an object with its source in full.
/// </summary>
internal static class SeedNames
{
    public const string NameSource = "nameSource";

    private static readonly string[] _nameKeys = ["text", "official", "source"];

    /// <summary>The stored <c>names</c> value of an entry, or null when it has none; malformed names add problems.</summary>
    public static string[]? Read(JsonElement entry, Dictionary<string, SourceRef> catalog, string where, List<string> problems)
    {
        if (!entry.TryGetProperty(LocalizedNames.Property, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return entry.TryGetProperty(NameSource, out _) ? Fail($"{where}: '{NameSource}' is given but there are no 'names'", problems) : null;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Fail($"{where}: 'names' must be an object from language tag to name, such as {{\"eu\": \"...\", \"es\": \"...\"}}", problems);
        }
        var shared = entry.TryGetProperty(NameSource, out var sharedElement)
            ? SeedSources.ReadSource(sharedElement, catalog, $"{where}: {NameSource}", problems)
            : null;
        var names = new List<LocalizedName>();
        foreach (var name in element.EnumerateObject())
        {
            var at = $"{where}: names.{name.Name}";
            if (name.Value.ValueKind == JsonValueKind.String)
            {
                names.Add(new LocalizedName(name.Name, name.Value.GetString()!, Official: true, shared));
                continue;
            }
            if (name.Value.ValueKind != JsonValueKind.Object || SeedJson.OptionalString(name.Value, "text") is not { } text)
            {
                problems.Add($"{at} must be the official name as text, or an object with a 'text'");
                continue;
            }
            if (name.Value.EnumerateObject().Select(key => key.Name).FirstOrDefault(key => !_nameKeys.Contains(key)) is { } unknown)
            {
                problems.Add($"{at} has '{unknown}', which a name does not have (it has {string.Join(", ", _nameKeys)})");
                continue;
            }
            var official = true;
            if (name.Value.TryGetProperty("official", out var flag))
            {
                if (flag.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    problems.Add($"{at}.official must be true or false");
                    continue;
                }
                official = flag.ValueKind == JsonValueKind.True;
            }
            var source = name.Value.TryGetProperty("source", out var own)
                ? SeedSources.ReadSource(own, catalog, $"{at}.source", problems)
                : official ? shared : null;
            names.Add(new LocalizedName(name.Name, text, official, source));
        }
        return names.Count == 0 ? null : LocalizedNames.Encode(names);
    }

    public static void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> properties)
    {
        var names = LocalizedNames.Read(properties);
        if (names.Count == 0)
        {
            return;
        }
        writer.WriteStartObject(LocalizedNames.Property);
        foreach (var name in names)
        {
            writer.WriteStartObject(name.Lang);
            writer.WriteString("text", name.Text);
            writer.WriteBoolean("official", name.Official);
            if (name.Source is { } source)
            {
                writer.WriteStartObject("source");
                SeedWriter.WriteSourceFields(writer, source);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static string[]? Fail(string problem, List<string> problems)
    {
        problems.Add(problem);
        return null;
    }
}
