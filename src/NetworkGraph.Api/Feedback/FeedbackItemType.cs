using NetworkGraph.Api.Institutions;
using NetworkGraph.Api.Themes;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Feedback;

public sealed class FeedbackItemType : NodeType, IListedNodeType
{
    public FeedbackItemType()
        : base(NodeLabel.FeedbackItem, "An issue raised bottom-up by an NGO or association, followed to a policy change.")
    {
        this.Requires(Access.FeedbackReaders);
        this.Neighbour<InstitutionType>("raisedBy", Incoming, Raised);
        this.Neighbours<ThemeType>("themes", Outgoing, About);
        this.Relationships<DiscussionType>("discussions", Outgoing, DiscussedAt);
        this.Relationships<EscalationType>("escalations", Outgoing, EscalatedTo);
        this.Relationships<ResolutionType>("resolutions", Outgoing, ResultedIn);
        this.Relationships<ReportBackType>("reportsBack", Outgoing, ReportedBackTo);
    }

    public static NodeFilter Filter { get; } = new NodeFilter(NodeLabel.FeedbackItem)
        .Property("status")
        .Through("themes", "About one of these themes.", (Incoming, About))
        .Through("raisedBy", "Raised by one of these institutions.", (Outgoing, Raised));
}
