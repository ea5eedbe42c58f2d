using System.Text.RegularExpressions;

namespace NetworkGraph.Core.Graph;

/// <summary>Node ids are lowercase kebab-case slugs: "harreragune", "basque-government", "fb-01j...".</summary>
public static partial class Slug
{
    public const int MaxLength = 80;

    public static bool IsValid(string? id) => id is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
