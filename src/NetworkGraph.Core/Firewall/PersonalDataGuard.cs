namespace NetworkGraph.Core.Firewall;

/// <summary>
/// The firewall in front of storage: the model holds no personal data about migrants, so every
/// free-text input of a mutation is scanned before anything is stored. It never logs and never
/// returns what it found, only where and what kind.
/// </summary>
public static class PersonalDataGuard
{
    // In the order Scan reports them.
    private static readonly (PersonalIdentifierKind Kind, Func<string, bool> Finds)[] _detectors =
    [
        (PersonalIdentifierKind.Dni, IdentityDocumentDetectors.FindsDni),
        (PersonalIdentifierKind.Nie, IdentityDocumentDetectors.FindsNie),
        (PersonalIdentifierKind.SocialSecurityNumber, IdentityDocumentDetectors.FindsSocialSecurityNumber),
        (PersonalIdentifierKind.Iban, IbanDetector.Finds),
        (PersonalIdentifierKind.Passport, PassportDetector.Finds),
        (PersonalIdentifierKind.Email, EmailDetector.Finds),
        (PersonalIdentifierKind.Phone, PhoneDetector.Finds),
    ];

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
        foreach (var (kind, finds) in _detectors)
        {
            if (finds(normalized))
            {
                yield return new PersonalDataHit(field, kind);
            }
        }
    }
}
