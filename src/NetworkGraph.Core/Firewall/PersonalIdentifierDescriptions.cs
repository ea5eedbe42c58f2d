namespace NetworkGraph.Core.Firewall;

/// <summary>Plain words for each kind, as a refusal names it to the person who sent the text.</summary>
public static class PersonalIdentifierDescriptions
{
    public static string Describe(this PersonalIdentifierKind kind) => kind switch
    {
        PersonalIdentifierKind.Dni => "a Spanish DNI number",
        PersonalIdentifierKind.Nie => "a Spanish NIE number",
        PersonalIdentifierKind.SocialSecurityNumber => "a Spanish social security number",
        PersonalIdentifierKind.Iban => "an IBAN bank account number",
        PersonalIdentifierKind.Passport => "a passport number",
        PersonalIdentifierKind.Email => "an e-mail address",
        PersonalIdentifierKind.Phone => "a phone number",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of personal identifier."),
    };
}
