using NetworkGraph.Api.GraphQL.Filtering;
using NetworkGraph.Core.Graph;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.PolicyChanges;

public sealed class PolicyChangeWhereInputType() : NodeWhereInputType(Filter)
{
    public static readonly NodeFilter Filter = new NodeFilter(NodeLabel.PolicyChange)
        .Property("level")
        .Through("adoptedBy", "Adopted by one of these institutions.", (Outgoing, Adopted));
}
