using NetworkGraph.Api.GraphQL.Filtering;
using NetworkGraph.Core.Graph;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Networks;

public sealed class NetworkWhereInputType() : NodeWhereInputType(Filter)
{
    public static readonly NodeFilter Filter = new NodeFilter(NodeLabel.Network)
        .Property("level")
        .Property("kind")
        .Through("themes", "Covering one of these themes.", (Incoming, Covers))
        .Through("members", "With one of these institutions as a member.", (Outgoing, MemberOf));
}
