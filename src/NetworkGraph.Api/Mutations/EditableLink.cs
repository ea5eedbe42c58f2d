namespace NetworkGraph.Api.Mutations;

/// <summary>A relationship coordinators edit directly, with the names its ends take in the mutations' inputs.</summary>
public sealed record EditableLink(string Name, RelationshipType Type, string FromField, string ToField, string Description)
{
    public static readonly IReadOnlyList<EditableLink> All =
    [
        new("Membership", RelationshipType.MemberOf, "institutionId", "networkId", "An institution sits in a network, in a role."),
        new("Funding", RelationshipType.Funds, "funderId", "recipientId", "An institution funds another institution or a network."),
        new("Referral", RelationshipType.RefersTo, "fromId", "toId", "An institution refers people to another."),
        new("Holding", RelationshipType.Holds, "institutionId", "responsibilityId", "An institution holds a responsibility, as lead or support."),
        new("ResponsibilityTheme", RelationshipType.OnTheme, "responsibilityId", "themeId", "A responsibility is on a theme."),
        new("NetworkTheme", RelationshipType.Covers, "networkId", "themeId", "A network covers a theme."),
        new("PartOf", RelationshipType.PartOf, "childId", "parentId", "An institution is part of another, or a network part of another."),
        new("Location", RelationshipType.LocatedIn, "institutionId", "territoryId", "An institution is located in a territory (replacing the one it had)."),
        new("TerritoryWithin", RelationshipType.Within, "territoryId", "parentId", "A territory lies within another (replacing the one it had)."),
    ];
}
