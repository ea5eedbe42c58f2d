using GraphQL.Types;
using NetworkGraph.Api.GraphQL.Common;
using NetworkGraph.Api.Institutions;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.Networks;

public sealed class MembershipType : ObjectGraphType<RelationshipRecord>
{
    public MembershipType()
    {
        Name = "Membership";
        Description = "An institution sits in a network, in a role.";
        Field<NonNullGraphType<EnumerationGraphType<MembershipRole>>>("role").Resolve(c => c.Source.GetEnum<MembershipRole>("role"));
        Field<IsoDateGraphType>("since").Resolve(c => c.Source.GetString("since"));
        this.End<InstitutionType>("institution", from: true);
        this.End<NetworkType>("network", from: false);
        this.EdgeSources();
    }
}
