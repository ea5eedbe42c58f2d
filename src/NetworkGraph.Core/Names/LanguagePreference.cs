namespace NetworkGraph.Core.Names;

/// <summary>
/// The languages a reader asks for, best first: an <c>Accept-Language</c> header with its quality values (RFC 9110
/// §12.5.4) or one language a field's <c>lang</c> argument names. <see cref="Pick"/> chooses a node's name by it;
/// when none of the languages is among the names, the node's default name answers, so a name is never missing.
/// </summary>
public sealed class LanguagePreference
{
    /// <summary>At most this many ranges of a header are read: a longer list only costs time.</summary>
    public const int MaxRanges = 20;

    public static readonly LanguagePreference None = new([]);

    private LanguagePreference(IReadOnlyList<string> ranges) => Ranges = ranges;

    /// <summary>The language ranges, best first (ties keep the header's order); <c>*</c> is left out: it asks for the default.</summary>
    public IReadOnlyList<string> Ranges { get; }

    /// <summary>A stable text of the preference, for cache keys: two requests with the same key get the same names.</summary>
    public string Key => string.Join(',', Ranges);

    public static LanguagePreference Of(string lang) =>
        LanguageTag.IsValid(lang) ? new([LanguageTag.Normalize(lang)]) : None;

    /// <summary>The header's ranges by quality; malformed entries and those of quality 0 are ignored, as the RFC allows.</summary>
    public static LanguagePreference Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return None;
        }
        var ranges = new List<(string Range, double Quality, int Position)>();
        foreach (var entry in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Take(MaxRanges))
        {
            // Some clients write en_US for en-US.
            var parts = entry.Replace('_', '-').Split(';', StringSplitOptions.TrimEntries);
            var quality = 1.0;
            if (parts.Length > 1 && parts[1].StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                && !double.TryParse(parts[1][2..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out quality))
            {
                continue;
            }
            if (quality > 0 && quality <= 1 && LanguageTag.IsValid(parts[0]))
            {
                ranges.Add((LanguageTag.Normalize(parts[0]), quality, ranges.Count));
            }
        }
        var ordered = ranges.OrderByDescending(r => r.Quality).ThenBy(r => r.Position).Select(r => r.Range)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return ordered.Count == 0 ? None : new(ordered);
    }

    /// <summary>
    /// The name for the first range that has one: the same tag, else the range cut back to its primary language
    /// (<c>es-MX</c> finds <c>es</c>), else a name of a more specific tag of it (<c>es</c> finds <c>es-ES</c>), else
    /// a name of the same primary language (<c>es-MX</c> finds <c>es-ES</c>). Null when no range finds a name.
    /// </summary>
    public LocalizedName? Pick(IReadOnlyList<LocalizedName> names)
    {
        if (names.Count == 0)
        {
            return null;
        }
        foreach (var range in Ranges)
        {
            var found = names.FirstOrDefault(name => LanguageTag.Same(name.Lang, range))
                ?? names.FirstOrDefault(name => LanguageTag.Same(name.Lang, LanguageTag.Primary(range)))
                ?? names.FirstOrDefault(name => LanguageTag.Same(LanguageTag.Primary(name.Lang), range))
                ?? names.FirstOrDefault(name => LanguageTag.Same(LanguageTag.Primary(name.Lang), LanguageTag.Primary(range)));
            if (found is not null)
            {
                return found;
            }
        }
        return null;
    }
}
