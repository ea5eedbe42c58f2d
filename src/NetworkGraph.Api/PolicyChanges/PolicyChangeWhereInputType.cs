using GraphQL.Types;
using NetworkGraph.Api.GraphQL.Filtering;
using NetworkGraph.Core.Graph;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.PolicyChanges;

public sealed class PolicyChangeWhereInputType : InputObjectGraphType
{
    public static readonly NodeFilter Filter = new NodeFilter(NodeLabel.PolicyChange)
        .Property("levels", "level")
        .Through("adoptedBy", (Outgoing, Adopted));

    public PolicyChangeWhereInputType()
    {
        Name = "PolicyChangeWhere";
        this.AnyOf<EnumerationGraphType<GovernanceLevel>>("levels", "At one of these governance levels.");
        this.AnyOf<IdGraphType>("adoptedBy", "Adopted by one of these institutions.");
        this.NameContains();
    }
}
