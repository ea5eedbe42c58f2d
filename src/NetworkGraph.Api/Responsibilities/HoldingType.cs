using NetworkGraph.Api.Institutions;

namespace NetworkGraph.Api.Responsibilities;

public sealed class HoldingType() : EdgeType<InstitutionType, ResponsibilityType>(
    RelationshipType.Holds, "Holding", "An institution holds a responsibility, as lead or support.", ("institution", "responsibility"));
