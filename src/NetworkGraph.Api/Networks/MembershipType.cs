using NetworkGraph.Api.GraphQL.Common;
using NetworkGraph.Api.Institutions;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.Networks;

public sealed class MembershipType() : EdgeType<InstitutionType, NetworkType>(
    RelationshipType.MemberOf, "Membership", "An institution sits in a network, in a role.", ("institution", "network"));
