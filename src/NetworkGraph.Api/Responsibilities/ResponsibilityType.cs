using NetworkGraph.Api.Themes;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Responsibilities;

public sealed class ResponsibilityType : NodeType, IListedNodeType
{
    public ResponsibilityType()
        : base(NodeLabel.Responsibility, "A task held at one governance level: funding, legal framework, service delivery ...")
    {
        this.Relationships<HoldingType>("holders", Incoming, Holds).Description("The institutions that hold it, as lead or support.");
        this.Neighbours<ThemeType>("themes", Outgoing, OnTheme);
    }

    public static NodeFilter Filter { get; } = new NodeFilter(NodeLabel.Responsibility)
        .Property("level")
        .Property("kind")
        .Through("themes", "On one of these themes.", (Incoming, OnTheme))
        .Through("holders", "Held by one of these institutions.", (Outgoing, Holds));
}
