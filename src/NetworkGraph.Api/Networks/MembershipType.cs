using NetworkGraph.Api.Institutions;

namespace NetworkGraph.Api.Networks;

public sealed class MembershipType() : EdgeType<InstitutionType, NetworkType>(
    RelationshipType.MemberOf, "Membership", "An institution sits in a network, in a role.", ("institution", "network"));
