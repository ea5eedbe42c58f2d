using System.Text.RegularExpressions;

namespace NetworkGraph.Core.Firewall;

/// <summary>
/// IBANs, printed in groups of four or run together. The pattern takes as many characters as an
/// IBAN can have; the account may end at any group break within them ("ES91 2100 … 1332 y el"),
/// so each break is tried, and only a mod-97-valid number (of 24 characters for Spain) is a hit.
/// </summary>
internal static partial class IbanDetector
{
    private const int MaxLength = 34;
    private const int SpanishLength = 24;

    public static bool Finds(string text) => Candidates.Any(Iban(), text, static (match, whole) =>
    {
        var written = match.ValueSpan;
        var end = match.Index + match.Length;
        var endsAtBoundary = end == whole.Length || !char.IsLetterOrDigit(whole[end]);
        Span<char> compact = stackalloc char[MaxLength];
        var length = 0;
        for (var i = 0; i < written.Length; i++)
        {
            if (IsSeparator(written[i]))
            {
                continue;
            }
            compact[length++] = char.ToUpperInvariant(written[i]);
            var groupEndsHere = i + 1 < written.Length ? IsSeparator(written[i + 1]) : endsAtBoundary;
            if (groupEndsHere && IsIban(compact[..length]))
            {
                return true;
            }
        }
        return false;
    });

    private static bool IsIban(ReadOnlySpan<char> compact) =>
        (!compact.StartsWith("ES") || compact.Length == SpanishLength) && CheckDigits.IsIban(compact);

    private static bool IsSeparator(char character) => character is ' ' or '-';

    // Two letters, two check digits, then up to 30 letters or digits, optionally spaced.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Z]{2}[0-9]{2}(?:[ -]?[A-Z0-9]){11,30}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Iban();
}
