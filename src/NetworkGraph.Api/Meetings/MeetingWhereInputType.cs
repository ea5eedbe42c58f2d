using NetworkGraph.Api.GraphQL.Filtering;
using NetworkGraph.Core.Graph;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Meetings;

public sealed class MeetingWhereInputType() : NodeWhereInputType(Filter)
{
    public static readonly NodeFilter Filter = new NodeFilter(NodeLabel.Meeting)
        .Through("networks", "Meetings of one of these networks.", (Incoming, Of))
        .Through("attendees", "Attended by one of these institutions.", (Outgoing, Attended));
}
