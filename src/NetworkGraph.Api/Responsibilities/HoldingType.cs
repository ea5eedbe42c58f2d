using GraphQL.Types;
using NetworkGraph.Api.GraphQL.Common;
using NetworkGraph.Api.Institutions;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.Responsibilities;

public sealed class HoldingType : ObjectGraphType<RelationshipRecord>
{
    public HoldingType()
    {
        Name = "Holding";
        Description = "An institution holds a responsibility, as lead or support.";
        Field<NonNullGraphType<EnumerationGraphType<HoldingRole>>>("role").Resolve(c => c.Source.GetEnum<HoldingRole>("role"));
        this.End<InstitutionType>("institution", from: true);
        this.End<ResponsibilityType>("responsibility", from: false);
        this.EdgeSources();
    }
}
