using System.Buffers;

namespace NetworkGraph.Core.Firewall;

/// <summary>
/// The firewall in front of storage: the model holds no personal data about migrants, so every
/// free-text input of a mutation is scanned before anything is stored. It never logs and never
/// returns what it found, only where and what kind.
/// </summary>
public static class PersonalDataGuard
{
    // In the order Scan reports them, each with what its patterns cannot match without: every pattern but the
    // e-mail's needs an ASCII digit ([0-9], after other scripts' digits are folded to ASCII), and the e-mail's
    // needs "@" or the bracket of a spelt-out "[at]". A text lacking it is not run through the pattern at all.
    private static readonly (PersonalIdentifierKind Kind, Func<string, bool> Finds, Needs Needs)[] _detectors =
    [
        (PersonalIdentifierKind.Dni, IdentityDocumentDetectors.FindsDni, Needs.Digit),
        (PersonalIdentifierKind.Nie, IdentityDocumentDetectors.FindsNie, Needs.Digit),
        (PersonalIdentifierKind.SocialSecurityNumber, IdentityDocumentDetectors.FindsSocialSecurityNumber, Needs.Digit),
        (PersonalIdentifierKind.Iban, IbanDetector.Finds, Needs.Digit),
        (PersonalIdentifierKind.Passport, PassportDetector.Finds, Needs.Digit),
        (PersonalIdentifierKind.Email, EmailDetector.Finds, Needs.AtOrBracket),
        (PersonalIdentifierKind.Phone, PhoneDetector.Finds, Needs.Digit),
    ];

    private static readonly SearchValues<char> _atOrBracket = SearchValues.Create("@[({<");

    /// <summary>The first kind of identifier the text holds, in the order of <see cref="PersonalIdentifierKind"/>; null when clean.</summary>
    public static PersonalDataHit? Scan(string field, string? text) => Hits(field, text).FirstOrDefault();

    /// <summary>Every kind of identifier in every field, one hit per field and kind.</summary>
    public static IReadOnlyList<PersonalDataHit> ScanAll(IEnumerable<(string Field, string? Text)> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return [.. fields.SelectMany(field => Hits(field.Field, field.Text))];
    }

    /// <exception cref="PersonalDataRejectedException">Any field holds a personal identifier.</exception>
    public static void EnsureClean(IEnumerable<(string Field, string? Text)> fields)
    {
        var hits = ScanAll(fields);
        if (hits.Count > 0)
        {
            throw new PersonalDataRejectedException(hits);
        }
    }

    private static IEnumerable<PersonalDataHit> Hits(string field, string? text)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }
        var normalized = ScanText.Normalize(text);
        var present = (normalized.AsSpan().IndexOfAnyInRange('0', '9') >= 0 ? Needs.Digit : 0)
            | (normalized.AsSpan().IndexOfAny(_atOrBracket) >= 0 ? Needs.AtOrBracket : 0);
        foreach (var (kind, finds, needs) in _detectors)
        {
            if ((present & needs) != 0 && finds(normalized))
            {
                yield return new PersonalDataHit(field, kind);
            }
        }
    }

    [Flags]
    private enum Needs
    {
        Digit = 1,
        AtOrBracket = 2,
    }
}
