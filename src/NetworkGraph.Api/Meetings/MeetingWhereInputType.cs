using GraphQL.Types;
using NetworkGraph.Api.GraphQL.Filtering;
using NetworkGraph.Core.Graph;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Meetings;

public sealed class MeetingWhereInputType : InputObjectGraphType
{
    public static readonly NodeFilter Filter = new NodeFilter(NodeLabel.Meeting)
        .Through("networks", (Incoming, Of))
        .Through("attendees", (Outgoing, Attended));

    public MeetingWhereInputType()
    {
        Name = "MeetingWhere";
        this.AnyOf<IdGraphType>("networks", "Meetings of one of these networks.");
        this.AnyOf<IdGraphType>("attendees", "Attended by one of these institutions.");
        this.NameContains();
    }
}
