using NetworkGraph.Api.GraphQL.Filtering;
using NetworkGraph.Core.Graph;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Institutions;

public sealed class InstitutionWhereInputType() : NodeWhereInputType(Filter)
{
    public static readonly NodeFilter Filter = new NodeFilter(NodeLabel.Institution)
        .Property("level")
        .Property("kind")
        .Through("themes", "Holding a responsibility on one of these themes.", (Incoming, OnTheme), (Incoming, Holds))
        .Through("networks", "Member of one of these networks.", (Incoming, MemberOf));
}
