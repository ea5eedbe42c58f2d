namespace NetworkGraph.Core.Firewall;

/// <summary>
/// Where a personal identifier was found and of what kind. It carries no value and no offset on
/// purpose: a hit is logged and returned to callers, and neither may let anyone rebuild the identifier.
/// </summary>
public sealed record PersonalDataHit(string Field, PersonalIdentifierKind Kind);
