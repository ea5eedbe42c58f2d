using System.Globalization;

namespace NetworkGraph.Core.Graph;

/// <summary>Instants are stored as ISO 8601 text with an offset, normalised to UTC.</summary>
public static class Instants
{
    private const string StoredFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string Format(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString(StoredFormat, CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        // The shape Format writes, read without the general parser: every stored row carries two.
        if (text is { Length: 24 } && text[23] == 'Z'
            && DateTimeOffset.TryParseExact(text, StoredFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant))
        {
            return true;
        }
        // An instant without an offset is ambiguous: refuse it rather than guess the zone.
        return text is not null
            && (text.EndsWith('Z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal))
            && text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
    }
}
