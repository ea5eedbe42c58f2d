namespace NetworkGraph.Core.Firewall;

/// <summary>The kinds of personal identifier the guard refuses; the order is the order <see cref="PersonalDataGuard.Scan"/> reports them in.</summary>
public enum PersonalIdentifierKind
{
    Dni,
    Nie,
    SocialSecurityNumber,
    Iban,
    Passport,
    Email,
    Phone,
}
