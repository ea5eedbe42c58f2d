using System.Text.RegularExpressions;

namespace NetworkGraph.Core.Firewall;

/// <summary>
/// E-mail addresses, written plainly or dressed up as "name [at] domain [dot] org". Only the
/// bracketed spelling of "at" and "dot" counts: bare "at" and "dot" are ordinary words ("look at
/// this dot com bubble") and would refuse prose.
/// </summary>
internal static partial class EmailDetector
{
    public static bool Finds(string text) => Address().IsMatch(text);

    [GeneratedRegex(
        @"[\p{L}\p{N}._%+-]{1,64}(?:@|[ ]?[\[({<][ ]?(?:at|arroba)[ ]?[\])}>][ ]?)"
        + @"[\p{L}\p{N}-]{1,63}(?:(?:\.|[ ]?[\[({<][ ]?(?:dot|punto)[ ]?[\])}>][ ]?)[\p{L}\p{N}-]{1,63}){0,7}"
        + @"(?:\.|[ ]?[\[({<][ ]?(?:dot|punto)[ ]?[\])}>][ ]?)\p{L}{2,24}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
