using System.Text.RegularExpressions;

namespace NetworkGraph.Core.Firewall;

/// <summary>
/// Passport numbers. The Spanish format (three letters, six digits) is distinctive enough alone;
/// the shorter foreign shapes (one or two letters, six to eight digits) look like too many ordinary
/// codes, so they count only within 20 characters after a word for passport in some language.
/// Passports carry no public check digit, so shape and context are all there is.
/// </summary>
internal static partial class PassportDetector
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static bool Finds(string text) => SpanishShape().IsMatch(text) || AfterKeyword().IsMatch(text);

    // A whole token: a hyphen or underscore on either side makes it part of a slug or code ("fb-abc123456").
    [GeneratedRegex(@"(?<![\p{L}\p{N}_-])[A-Z]{3}[0-9]{6}(?![\p{L}\p{N}_-])", Options)]
    private static partial Regex SpanishShape();

    // passport(s), pasaporte(s), pasaportea (Basque), passaporto, passeport, Reisepass, paspoort.
    [GeneratedRegex(@"(?<!\p{L})(?:pas{1,2}a?port|passeport|reisepass|paspoort)\p{L}{0,6}.{0,20}?(?<![\p{L}\p{N}])[A-Z]{1,2}[ -]?[0-9]{6,8}(?![\p{L}\p{N}])", Options)]
    private static partial Regex AfterKeyword();
}
