using GraphQL.Types;
using NetworkGraph.Api.GraphQL.Common;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.Institutions;

public sealed class FundingType : ObjectGraphType<RelationshipRecord>
{
    public FundingType()
    {
        Name = "Funding";
        Description = "An institution funds another institution or a network.";
        Field<StringGraphType>("programme").Resolve(c => c.Source.GetString("programme"));
        Field<IsoDateGraphType>("since").Resolve(c => c.Source.GetString("since"));
        this.End<InstitutionType>("funder", from: true);
        this.End<NodeInterface>("recipient", from: false).Description("An Institution or a Network.");
        this.EdgeSources();
    }
}
