using NetworkGraph.Api.Feedback;
using NetworkGraph.Api.Institutions;
using NetworkGraph.Api.Meetings;
using NetworkGraph.Api.Themes;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Networks;

public sealed class NetworkType : NodeType, IListedNodeType
{
    public NetworkType()
        : base(NodeLabel.Network, "A coordination network: a commission, table, taskforce, council, forum or partnership.")
    {
        this.Relationships<MembershipType>("members", Incoming, MemberOf).Description("Its member institutions, with their roles.");
        this.Neighbours<NetworkType>("subNetworks", Incoming, PartOf).Description("The networks that are part of it.");
        this.Neighbours<NetworkType>("parentNetworks", Outgoing, PartOf).Description("The networks it is part of: the network of networks.");
        this.Neighbours<MeetingType>("meetings", Incoming, Of);
        this.Neighbours<ThemeType>("themes", Outgoing, Covers).Description("The themes it covers.");
        this.Relationships<FundingType>("funders", Incoming, Funds);
        this.Neighbours<FeedbackItemType>("escalatedFeedback", Incoming, EscalatedTo).Description("Feedback items escalated to it.").Requires(Access.FeedbackReaders);
    }

    public static NodeFilter Filter { get; } = new NodeFilter(NodeLabel.Network)
        .Property("level")
        .Property("kind")
        .Through("themes", "Covering one of these themes.", (Incoming, Covers))
        .Through("members", "With one of these institutions as a member.", (Outgoing, MemberOf));
}
