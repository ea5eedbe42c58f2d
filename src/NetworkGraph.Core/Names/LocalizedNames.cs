using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using NetworkGraph.Core.Schema;

namespace NetworkGraph.Core.Names;

/// <summary>
/// The <c>names</c> property: a node's names per language, stored as a list of text, one small JSON object per name
/// (<c>{"lang":"eu","text":"Eusko Jaurlaritza","official":true,"source":{"title":...,"url":...}}</c>), because a list
/// of text is what every store keeps natively. Entries are written in the order of their tags, so the same names are
/// always the same value.
/// </summary>
public static class LocalizedNames
{
    public const string Property = "names";

    /// <summary>More languages than this on one node is a mistake, not a translation effort.</summary>
    public const int MaxNames = 30;

    public const int MaxTextLength = 200;

    private static readonly JsonSerializerOptions _json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    // Names are read for every name field a request resolves: each record's are decoded once, for as long as it lives.
    private static readonly ConditionalWeakTable<NodeRecord, IReadOnlyList<LocalizedName>> _decoded = [];

    public static IReadOnlyList<LocalizedName> Of(NodeRecord node) =>
        node.Properties.ContainsKey(Property) ? _decoded.GetValue(node, static n => Read(n.Properties)) : [];

    /// <summary>The names in a node's properties; an entry that cannot be read is passed over (the validator refuses it on write).</summary>
    public static IReadOnlyList<LocalizedName> Read(IReadOnlyDictionary<string, object?> properties) =>
        properties.GetValueOrDefault(Property) is IReadOnlyList<string> entries
            ? [.. entries.Select(TryDecode).OfType<LocalizedName>()]
            : [];

    public static string[] Encode(IEnumerable<LocalizedName> names) =>
        [.. names
            .Select(name => name with { Lang = LanguageTag.Normalize(name.Lang), Text = name.Text.Trim() })
            .OrderBy(name => name.Lang, StringComparer.Ordinal)
            .Select(name => JsonSerializer.Serialize(name, _json))];

    /// <summary>The name a reader with this preference reads: a name in one of the languages, else the default name.</summary>
    public static string NameFor(NodeRecord node, LanguagePreference preference) =>
        preference.Ranges.Count > 0 && preference.Pick(Of(node)) is { } picked ? picked.Text : node.DisplayName;

    /// <summary>What is wrong with a stored <c>names</c> value; null when every entry is a valid, distinct name.</summary>
    public static string? Problem(IReadOnlyList<string> entries)
    {
        if (entries.Count > MaxNames)
        {
            return $"holds {entries.Count} names; at most {MaxNames}";
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Count; i++)
        {
            var name = TryDecode(entries[i]);
            var problem = name is null ? "is not a name (lang, text, official, source)" : ProblemOf(name);
            if (problem is null && !seen.Add(name!.Lang))
            {
                problem = $"repeats the language '{name.Lang}': a node has one name per language";
            }
            if (problem is not null)
            {
                return $"[{i}] {problem}";
            }
        }
        return null;
    }

    /// <summary>What is wrong with one name, as a phrase ("has a blank text"); null when it is valid.</summary>
    public static string? ProblemOf(LocalizedName name) =>
        !LanguageTag.IsValid(name.Lang) ? $"has lang '{name.Lang}', which is not a BCP 47 language tag such as 'eu' or 'es-ES'"
        : string.IsNullOrWhiteSpace(name.Text) ? "has a blank text"
        : name.Text.Length > MaxTextLength ? $"has a text longer than {MaxTextLength} characters"
        : name.Official && name.Source is null ? $"is official but has no source: say where the official name '{name.Text}' is used (the institution's own site or the official gazette)"
        : name.Source is { } source && string.IsNullOrWhiteSpace(source.Title) ? "has a source without a title"
        : name.Source is { Title.Length: > MaxTextLength } ? $"has a source title longer than {MaxTextLength} characters"
        : name.Source?.Url is { } url && !WebUrl.IsValid(url) ? "has a source url that is not an absolute http(s) URL"
        : null;

    private static LocalizedName? TryDecode(string entry)
    {
        try
        {
            return JsonSerializer.Deserialize<LocalizedName>(entry, _json) is { Lang: not null, Text: not null } name ? name : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
