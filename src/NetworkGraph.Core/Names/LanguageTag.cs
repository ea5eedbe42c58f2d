using System.Text.RegularExpressions;

namespace NetworkGraph.Core.Names;

/// <summary>
/// BCP 47 language tags as names carry them: a primary language subtag of two or three letters, then optional
/// subtags (<c>eu</c>, <c>es-ES</c>, <c>sr-Latn</c>). Tags compare ignoring case; <see cref="Normalize"/> writes them in
/// the registry's case (language lower, script title, region upper) so each language is stored one way.
/// </summary>
public static partial class LanguageTag
{
    public const int MaxLength = 35;

    public static bool IsValid(string? tag) => tag is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(tag);

    public static string Normalize(string tag)
    {
        var parts = tag.Split('-');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = i == 0 ? parts[i].ToLowerInvariant()
                : parts[i].Length == 4 && char.IsLetter(parts[i][0]) ? char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant()
                : parts[i].Length == 2 && char.IsLetter(parts[i][0]) ? parts[i].ToUpperInvariant()
                : parts[i].ToLowerInvariant();
        }
        return string.Join('-', parts);
    }

    public static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>The tag's primary language: <c>es</c> for <c>es-ES</c>.</summary>
    public static string Primary(string tag) => tag.Split('-', 2)[0];

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
