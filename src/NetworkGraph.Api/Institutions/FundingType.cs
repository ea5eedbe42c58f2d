namespace NetworkGraph.Api.Institutions;

public sealed class FundingType() : EdgeType<InstitutionType, NodeInterface>(
    RelationshipType.Funds, "Funding", "An institution funds another institution or a network.", ("funder", "recipient"),
    toDescription: "An Institution or a Network.");
