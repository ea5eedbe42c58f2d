namespace NetworkGraph.Core.Firewall;

/// <summary>
/// The NFKC mappings an identifier could hide behind, for runtimes without normalization tables:
/// fullwidth forms, mathematical letters and digits, super- and subscript and circled digits, and
/// the small and look-alike forms of the punctuation the patterns rely on.
/// </summary>
internal static class CompatibilityFolding
{
    private const string MathematicalLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static char? Fold(Rune rune) => rune.Value switch
    {
        >= 0xFF01 and <= 0xFF5E => (char)(rune.Value - 0xFEE0),
        >= 0x1D400 and <= 0x1D6A3 => MathematicalLetters[(rune.Value - 0x1D400) % MathematicalLetters.Length],
        >= 0x1D7CE and <= 0x1D7FF => (char)('0' + ((rune.Value - 0x1D7CE) % 10)),
        0x2070 or 0x2080 or 0x24EA => '0',
        0x00B9 => '1',
        0x00B2 => '2',
        0x00B3 => '3',
        >= 0x2074 and <= 0x2079 => (char)('4' + (rune.Value - 0x2074)),
        >= 0x2081 and <= 0x2089 => (char)('1' + (rune.Value - 0x2081)),
        >= 0x2460 and <= 0x2468 => (char)('1' + (rune.Value - 0x2460)),
        0xFE52 or 0x2024 => '.',
        0xFE59 => '(',
        0xFE5A => ')',
        0xFE62 => '+',
        0xFE63 or 0x2212 => '-',
        0xFE6B => '@',
        _ => null,
    };
}
