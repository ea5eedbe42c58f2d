using System.Text.RegularExpressions;

namespace NetworkGraph.Core.Firewall;

/// <summary>
/// Phone numbers: Spanish ones (nine digits from 6 to 9, in the groupings people write, with or
/// without +34 / 0034) and international ones (+ and 8 to 15 digits). Numbers have no check digit,
/// so what rules out amounts, years and dates is the shape: Spanish groupings of two and three
/// digits never match a year or a 4-digit count, a number glued to a longer number is part of it,
/// and a number followed by a currency or percent sign is an amount.
/// </summary>
internal static partial class PhoneDetector
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly string[] _units = ["€", "%", "$", "£", "‰", "eur", "m€", "k€", "usd"];

    public static bool Finds(string text) =>
        Candidates.Any(Spanish(), text, static (match, whole) => !LooksLikeSpanishAmount(match) && !IsFollowedByUnit(match, whole))
        || Candidates.Any(International(), text, static (match, whole) => !IsThousandsGrouped(match.Groups["digits"].ValueSpan) && !IsFollowedByUnit(match, whole));

    // "700.000.000" is how Spanish writes 700 million; a phone written with dots in threes is told
    // apart only by its +34, so without one it is taken as an amount.
    private static bool LooksLikeSpanishAmount(Match match) =>
        match.Groups["triple"].ValueSpan is "." && !match.Groups["prefix"].Success;

    private static bool IsFollowedByUnit(Match match, string whole)
    {
        var rest = whole.AsSpan(match.Index + match.Length).TrimStart(' ');
        foreach (var unit in _units)
        {
            if (rest.StartsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    // "+15.000.000" and "+1,234,567" are amounts with a sign, not numbers to dial.
    private static bool IsThousandsGrouped(ReadOnlySpan<char> digits) => ThousandsGrouped().IsMatch(digits);

    // 612345678, 612 345 678, 612-345-678, 612 34 56 78, 94 412 34 56, 944 12 34 56 — optionally after
    // +34, 0034, (+34) or 34. Not glued by a dot, comma, slash or hyphen to a number before it
    // ("2023/612345678" is a file number), nor after a currency sign; not followed by a letter, a
    // decimal part or another short group of digits (it would be part of a longer number). A space
    // before is allowed so that the second of two numbers written in a row is still seen.
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}+€$£]|[0-9][.,/-]|[€$£] )"
        + @"(?<prefix>(?:\+ ?34|0034|\(\+34\)|\(0034\)|34(?=[ .-]))[ .-]?)?"
        + @"[6-9](?:[0-9]{8}|[0-9]{2}(?<triple>[ .-])[0-9]{3}\k<triple>[0-9]{3}|[0-9]{2}[ .-][0-9]{2}[ .-][0-9]{2}[ .-][0-9]{2}|[0-9][ .-][0-9]{3}[ .-][0-9]{2}[ .-][0-9]{2})"
        + @"(?![\p{L}\p{N}]|[.,][0-9]|[ -][0-9]{2,3}(?![0-9]))",
        Options)]
    private static partial Regex Spanish();

    // E.164 as written: a plus, a non-zero digit, then 7 to 14 more digits with spaces, dots, hyphens or brackets between.
    [GeneratedRegex(@"(?<![\p{L}\p{N}+])\+(?<digits>[1-9](?:[ .()-]{0,2}[0-9]){7,14})(?![\p{N}]|[.,][0-9])", Options)]
    private static partial Regex International();

    [GeneratedRegex(@"^[0-9]{1,3}(?:[.,][0-9]{3})+$", Options)]
    private static partial Regex ThousandsGrouped();
}
