namespace NetworkGraph.Core.Graph;

/// <summary>Relationship types; their text form (MEMBER_OF ...) is what stores and seeds use.</summary>
public enum RelationshipType
{
    MemberOf, PartOf, Funds, RefersTo, Holds, OnTheme, Covers, Of, Attended, Raised, About,
    DiscussedAt, EscalatedTo, ResultedIn, ReportedBackTo, Adopted, Within, LocatedIn,
}

public enum Direction { Outgoing, Incoming }
