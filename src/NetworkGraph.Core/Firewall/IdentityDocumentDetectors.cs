using System.Text.RegularExpressions;

namespace NetworkGraph.Core.Firewall;

/// <summary>
/// DNI, NIE and social security numbers: a strict shape (with the separators people really type)
/// and then the official check. A DNI- or NIE-shaped token whose check letter is wrong is NOT a
/// hit, by choice: eight digits and a letter also turn up in file numbers, codes and amounts, and
/// only the matching letter tells an identity number from them. The cost is that a DNI typed with
/// a wrong letter gets through, but such a number no longer identifies anyone reliably either.
/// </summary>
internal static partial class IdentityDocumentDetectors
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public static bool FindsDni(string text) => Candidates.Any(Dni(), text, static (match, _) =>
        LetterIsWritten(match, "gap") && CheckDigits.IsDni(DigitsOf(match.Groups["number"].ValueSpan), match.Groups["letter"].ValueSpan[0]));

    public static bool FindsNie(string text) => Candidates.Any(Nie(), text, static (match, _) =>
        LetterIsWritten(match, "gap") && (match.Groups["sep"].ValueSpan is not " " || char.IsUpper(match.Groups["prefix"].ValueSpan[0]))
        && CheckDigits.IsNie(match.Groups["prefix"].ValueSpan[0], match.Groups["number"].ValueSpan, match.Groups["letter"].ValueSpan[0]));

    public static bool FindsSocialSecurityNumber(string text) => Candidates.Any(SocialSecurityNumber(), text, static (match, _) =>
        CheckDigits.IsSocialSecurityNumber(DigitsOf(match.ValueSpan)));

    // A check letter standing apart after a space must be a capital: "12.345.678 y" is an amount
    // followed by the Spanish "and", and would pass the check one time in 23.
    private static bool LetterIsWritten(Match match, string gap) =>
        match.Groups[gap].ValueSpan is not " " || char.IsUpper(match.Groups["letter"].ValueSpan[0]);

    private static ReadOnlySpan<char> DigitsOf(ReadOnlySpan<char> written)
    {
        var digits = new char[written.Length];
        var count = 0;
        foreach (var character in written)
        {
            if (char.IsAsciiDigit(character))
            {
                digits[count++] = character;
            }
        }
        return digits.AsSpan(0, count);
    }

    // "12345678Z", "12.345.678-Z", "12 345 678 Z"; the group separator, when present, is the same twice.
    [GeneratedRegex(@"(?<![\p{L}\p{N}]|[0-9][.,])(?<number>[0-9]{2}(?<sep>[ .-]?)[0-9]{3}\k<sep>[0-9]{3})(?<gap>[ -]?)(?<letter>[A-Z])(?![\p{L}\p{N}])", Options)]
    private static partial Regex Dni();

    // "X1234567L", "X-1234567-L", "Y 1234567 X".
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<prefix>[XYZ])(?<sep>[ .-]?)(?<number>[0-9]{7})(?<gap>[ .-]?)(?<letter>[A-Z])(?![\p{L}\p{N}])", Options)]
    private static partial Regex Nie();

    // "281234567840", "28/12345678/40", "28 12345678 40".
    [GeneratedRegex(@"(?<![\p{L}\p{N}]|[0-9][.,/-])[0-9]{2}[ /.-]?[0-9]{8}[ /.-]?[0-9]{2}(?![\p{L}\p{N}]|[.,/-][0-9])", Options)]
    private static partial Regex SocialSecurityNumber();
}
