namespace NetworkGraph.Core.Firewall;

/// <summary>
/// The form of a text the detectors read. Folding what people (or evasions) vary on means the
/// patterns can stay strict: "６１２ ３４５ ６７８", "612\u200B345678" and "612–345–678" all read
/// as the ordinary digits, spaces and hyphens the patterns expect.
/// </summary>
internal static class ScanText
{
    public static string Normalize(string text)
    {
        if (IsPlainAscii(text))
        {
            return text;
        }
        // The service runs with InvariantGlobalization, where NFKC is a silent no-op (it needs ICU);
        // CompatibilityFolding does by hand what matters here, so the result is the same either way.
        var compatible = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(compatible.Length);
        var pendingSpace = false;
        foreach (var rune in compatible.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            var category = Rune.GetUnicodeCategory(rune);
            if (IsInvisible(category))
            {
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            if (CompatibilityFolding.Fold(rune) is { } folded)
            {
                builder.Append(folded);
            }
            else if (category == UnicodeCategory.DecimalDigitNumber)
            {
                // Other scripts' digits ("٦١٢") are digits to a reader and must be to the check digits.
                builder.Append((char)('0' + (int)Rune.GetNumericValue(rune)));
            }
            else if (category == UnicodeCategory.DashPunctuation)
            {
                builder.Append('-');
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// Printable ASCII with single spaces inside, which every step below leaves as it is (NFKC, the folding, the
    /// digits, the dashes and the spaces): most cells and inputs are such text, and need no copy.
    /// </summary>
    private static bool IsPlainAscii(string text) =>
        text.AsSpan().IndexOfAnyExceptInRange(' ', '~') < 0
        && !text.StartsWith(' ') && !text.EndsWith(' ')
        && !text.Contains("  ", StringComparison.Ordinal);

    // Zero-width and joiner characters, soft hyphens, stray combining marks and control codes
    // change nothing a reader sees, so they must change nothing the guard sees.
    private static bool IsInvisible(UnicodeCategory category) => category is
        UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Control;
}
