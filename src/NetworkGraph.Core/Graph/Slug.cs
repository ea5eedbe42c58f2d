using System.Text.RegularExpressions;

namespace NetworkGraph.Core.Graph;

/// <summary>Node ids are lowercase kebab-case slugs: "harreragune", "basque-government", "fb-01j...".</summary>
public static partial class Slug
{
    public const int MaxLength = 80;

    public static bool IsValid(string? id) => id is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(id);

    /// <summary>A slug made from a name ("Asociación Peñascal" -> "asociacion-penascal"), or null when the name gives none.</summary>
    public static string? From(string? name)
    {
        var folded = SearchText.Fold(name ?? "");
        var words = new string([.. folded.Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var slug = string.Join('-', words);
        slug = slug.Length > MaxLength ? slug[..MaxLength].TrimEnd('-') : slug;
        return IsValid(slug) ? slug : null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
