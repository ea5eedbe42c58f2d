using NetworkGraph.Api.Feedback;
using NetworkGraph.Api.Institutions;
using NetworkGraph.Api.Networks;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Meetings;

public sealed class MeetingType : NodeType, IListedNodeType
{
    public MeetingType()
        : base(NodeLabel.Meeting, "A meeting of a network.")
    {
        this.Neighbour<NetworkType>("network", Outgoing, Of).Description("The network that met.");
        this.Neighbours<InstitutionType>("attendees", Incoming, Attended);
        this.Neighbours<FeedbackItemType>("feedbackDiscussed", Incoming, DiscussedAt).Requires(Access.FeedbackReaders);
    }

    public static NodeFilter Filter { get; } = new NodeFilter(NodeLabel.Meeting)
        .Through("networks", "Meetings of one of these networks.", (Incoming, Of))
        .Through("attendees", "Attended by one of these institutions.", (Outgoing, Attended));
}
