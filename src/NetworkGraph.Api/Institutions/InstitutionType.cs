using NetworkGraph.Api.Feedback;
using NetworkGraph.Api.Meetings;
using NetworkGraph.Api.Networks;
using NetworkGraph.Api.PolicyChanges;
using NetworkGraph.Api.Responsibilities;
using NetworkGraph.Api.Territories;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Institutions;

public sealed class InstitutionType : NodeType, IListedNodeType
{
    public InstitutionType()
        : base(NodeLabel.Institution, "A public authority, service, NGO, association or other actor at one governance level.")
    {
        this.Relationships<MembershipType>("memberships", Outgoing, MemberOf).Description("The networks it sits in, with its role.");
        this.Relationships<HoldingType>("responsibilities", Outgoing, Holds).Description("The responsibilities it holds, as lead or support.");
        this.Neighbour<InstitutionType>("parent", Outgoing, PartOf).Description("The institution it is part of.");
        this.Neighbours<InstitutionType>("units", Incoming, PartOf).Description("The institutions that are part of it.");
        this.Relationships<FundingType>("funders", Incoming, Funds).Description("Who funds it.");
        this.Relationships<FundingType>("funding", Outgoing, Funds).Description("What it funds.");
        this.Relationships<ReferralType>("referralsOut", Outgoing, RefersTo).Description("Where it refers people to.");
        this.Relationships<ReferralType>("referralsIn", Incoming, RefersTo).Description("Who refers people to it.");
        this.Neighbours<MeetingType>("meetingsAttended", Outgoing, Attended);
        this.Neighbours<FeedbackItemType>("raisedFeedback", Outgoing, Raised).Description("The feedback items it raised.").Requires(Access.FeedbackReaders);
        this.Neighbours<PolicyChangeType>("policyChangesAdopted", Outgoing, Adopted);
        this.Neighbour<TerritoryType>("territory", Outgoing, LocatedIn).Description("The territory it is located in; null when unknown.");
    }

    public static NodeFilter Filter { get; } = new NodeFilter(NodeLabel.Institution)
        .Property("level")
        .Property("kind")
        .Through("themes", "Holding a responsibility on one of these themes.", (Incoming, OnTheme), (Incoming, Holds))
        .Through("networks", "Member of one of these networks.", (Incoming, MemberOf))
        .Through(
            "territories",
            "Located in one of these territories or in a territory within one of them.",
            new PathStep(Incoming, Within, AnyDepth: true),
            new PathStep(Incoming, LocatedIn))
        .Through(
            "actingOn",
            "Acting on one of these territories, as the graph questions' territory scope: located in it, in a territory within it, or in one that contains it.",
            TerritoryScopeFilter.InstitutionsActingOnAsync);
}
