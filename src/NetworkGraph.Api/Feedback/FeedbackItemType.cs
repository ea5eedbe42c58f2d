using GraphQL.Types;
using NetworkGraph.Api.Auth;
using NetworkGraph.Api.GraphQL.Common;
using NetworkGraph.Api.Institutions;
using NetworkGraph.Api.Themes;
using NetworkGraph.Core.Graph;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Feedback;

public sealed class FeedbackItemType : ObjectGraphType<NodeRecord>
{
    public FeedbackItemType()
    {
        this.Node<NodeInterface>(NodeLabel.FeedbackItem, "An issue raised bottom-up by an NGO or association, followed to a policy change.");
        this.Requires(Access.FeedbackReaders);
        this.Text("title");
        this.Text("description");
        this.Enum<FeedbackStatus>("status");
        this.Instant("submittedAt");
        this.Instant("triagedAt", required: false);
        this.Text("triageNote", required: false);
        this.Instant("declinedAt", required: false);
        this.Text("declineReason", required: false);
        this.Neighbour<InstitutionType>("raisedBy", Incoming, Raised);
        this.Neighbours<ThemeType>("themes", Outgoing, About);
        this.Relationships<DiscussionType>("discussions", Outgoing, DiscussedAt);
        this.Relationships<EscalationType>("escalations", Outgoing, EscalatedTo);
        this.Relationships<ResolutionType>("resolutions", Outgoing, ResultedIn);
        this.Relationships<ReportBackType>("reportsBack", Outgoing, ReportedBackTo);
    }
}
