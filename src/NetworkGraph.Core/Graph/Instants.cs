namespace NetworkGraph.Core.Graph;

/// <summary>Instants are stored as ISO 8601 text with an offset, normalised to UTC.</summary>
public static class Instants
{
    // K writes a DateTimeOffset's offset, +00:00 once normalised to UTC: 2026-11-29T05:55:59.724+00:00. Stores
    // compare these texts (audit ranges), so the written shape must never change.
    private const string StoredFormat = "yyyy-MM-dd'T'HH:mm:ss.fffK";
    private const string StoredShape = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";

    public static string Format(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString(StoredFormat, CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        // The shape Format writes, read without the general parser: every stored row carries two.
        if (text is { Length: 29 } && text.EndsWith("+00:00", StringComparison.Ordinal)
            && DateTimeOffset.TryParseExact(text, StoredShape, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant))
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
