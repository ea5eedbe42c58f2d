using NetworkGraph.Api.GraphQL.Filtering;
using NetworkGraph.Core.Graph;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Responsibilities;

public sealed class ResponsibilityWhereInputType() : NodeWhereInputType(Filter)
{
    public static readonly NodeFilter Filter = new NodeFilter(NodeLabel.Responsibility)
        .Property("level")
        .Property("kind")
        .Through("themes", "On one of these themes.", (Incoming, OnTheme))
        .Through("holders", "Held by one of these institutions.", (Outgoing, Holds));
}
