using System.Text.RegularExpressions;

namespace NetworkGraph.Core.Firewall;

/// <summary>
/// Walks the places a pattern matches until one passes the check. Every pattern the guard uses has
/// bounded quantifiers only, so the work at each start position is bounded by the pattern's longest
/// match; resuming one character after a refused candidate (not after its end) lets an overlapping
/// genuine identifier still be seen while trying each start position once, so a scan stays linear
/// in the text's length and needs no timeout.
/// </summary>
internal static class Candidates
{
    public static bool Any(Regex pattern, string text, Func<Match, string, bool> isIdentifier)
    {
        var match = pattern.Match(text);
        while (match.Success)
        {
            if (isIdentifier(match, text))
            {
                return true;
            }
            match = pattern.Match(text, match.Index + 1);
        }
        return false;
    }
}
