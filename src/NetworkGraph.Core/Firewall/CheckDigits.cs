namespace NetworkGraph.Core.Firewall;

/// <summary>
/// The official check-digit rules. A shape alone (eight digits and a letter) is common in ordinary
/// text; the check digit is what tells an identifier from a coincidence.
/// </summary>
internal static class CheckDigits
{
    private const string DniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

    public static bool IsDni(ReadOnlySpan<char> eightDigits, char letter) =>
        LetterFor(ParseDigits(eightDigits)) == char.ToUpperInvariant(letter);

    /// <summary>X, Y and Z stand for 0, 1 and 2 in front of the seven digits before taking mod 23.</summary>
    public static bool IsNie(char prefix, ReadOnlySpan<char> sevenDigits, char letter)
    {
        var leading = "XYZ".IndexOf(char.ToUpperInvariant(prefix), StringComparison.Ordinal);
        return leading >= 0 && LetterFor((leading * 10_000_000L) + ParseDigits(sevenDigits)) == char.ToUpperInvariant(letter);
    }

    /// <summary>
    /// NAF: province a, number b, control c. Numbers below 10^7 were issued as seven digits, so
    /// the province is joined to seven digits rather than eight before taking mod 97.
    /// </summary>
    public static bool IsSocialSecurityNumber(ReadOnlySpan<char> twelveDigits)
    {
        var province = ParseDigits(twelveDigits[..2]);
        var number = ParseDigits(twelveDigits[2..10]);
        var control = ParseDigits(twelveDigits[10..]);
        if (!IsProvince(province))
        {
            return false;
        }
        var joined = number < 10_000_000 ? (province * 10_000_000) + number : (province * 100_000_000) + number;
        return joined % 97 == control;
    }

    /// <summary>ISO 13616: the first four characters moved to the end, letters as 10..35, the whole mod 97 equals 1.</summary>
    public static bool IsIban(ReadOnlySpan<char> compact)
    {
        if (compact.Length is < 15 or > 34 || !char.IsAsciiLetter(compact[0]) || !char.IsAsciiLetter(compact[1]))
        {
            return false;
        }
        // Check digits 00, 01 and 99 are never issued; 01 and 98 (00 and 97) would otherwise pass alike.
        var checkDigits = ParseDigits(compact[2..4]);
        if (checkDigits is < 2 or > 98)
        {
            return false;
        }
        var remainder = Mod97(compact[4..], 0);
        return remainder >= 0 && Mod97(compact[..4], remainder) == 1;
    }

    // 01-52 are provinces (51 Ceuta, 52 Melilla), 53 and 66 are numbering series in use; 00 and
    // others are never issued, which keeps a random twelve-digit number from passing 1 time in 97.
    private static bool IsProvince(long code) => code is (>= 1 and <= 53) or 66;

    private static char LetterFor(long number) => DniLetters[(int)(number % 23)];

    private static long ParseDigits(ReadOnlySpan<char> digits)
    {
        var value = 0L;
        foreach (var digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }
        return value;
    }

    private static int Mod97(ReadOnlySpan<char> characters, int remainder)
    {
        foreach (var character in characters)
        {
            if (char.IsAsciiDigit(character))
            {
                remainder = ((remainder * 10) + (character - '0')) % 97;
            }
            else if (char.IsAsciiLetter(character))
            {
                remainder = ((remainder * 100) + (char.ToUpperInvariant(character) - 'A' + 10)) % 97;
            }
            else
            {
                return -1;
            }
        }
        return remainder;
    }
}
