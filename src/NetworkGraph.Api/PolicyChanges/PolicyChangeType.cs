using NetworkGraph.Api.Feedback;
using NetworkGraph.Api.Institutions;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.PolicyChanges;

public sealed class PolicyChangeType : NodeType, IListedNodeType
{
    public PolicyChangeType()
        : base(NodeLabel.PolicyChange, "A change of policy adopted at one governance level.")
    {
        this.Neighbours<InstitutionType>("adoptedBy", Incoming, Adopted);
        this.Neighbours<FeedbackItemType>("resultingFrom", Incoming, ResultedIn).Description("The feedback items that led to it.").Requires(Access.FeedbackReaders);
    }

    public static NodeFilter Filter { get; } = new NodeFilter(NodeLabel.PolicyChange)
        .Property("level")
        .Through("adoptedBy", "Adopted by one of these institutions.", (Outgoing, Adopted));
}
