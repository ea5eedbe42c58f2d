using NetworkGraph.Api.GraphQL.Filtering;
using NetworkGraph.Core.Graph;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Feedback;

public sealed class FeedbackItemWhereInputType() : NodeWhereInputType(Filter)
{
    public static readonly NodeFilter Filter = new NodeFilter(NodeLabel.FeedbackItem)
        .Property("status")
        .Through("themes", "About one of these themes.", (Incoming, About))
        .Through("raisedBy", "Raised by one of these institutions.", (Outgoing, Raised));
}
