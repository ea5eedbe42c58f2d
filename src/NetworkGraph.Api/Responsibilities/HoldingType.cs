using NetworkGraph.Api.GraphQL.Common;
using NetworkGraph.Api.Institutions;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.Responsibilities;

public sealed class HoldingType() : EdgeType<InstitutionType, ResponsibilityType>(
    RelationshipType.Holds, "Holding", "An institution holds a responsibility, as lead or support.", ("institution", "responsibility"));
