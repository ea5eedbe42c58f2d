using NetworkGraph.Api.GraphQL.Common;
using NetworkGraph.Api.Themes;
using NetworkGraph.Core.Graph;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Responsibilities;

public sealed class ResponsibilityType : NodeType
{
    public ResponsibilityType()
        : base(NodeLabel.Responsibility, "A task held at one governance level: funding, legal framework, service delivery ...")
    {
        this.Relationships<HoldingType>("holders", Incoming, Holds).Description("The institutions that hold it, as lead or support.");
        this.Neighbours<ThemeType>("themes", Outgoing, OnTheme);
    }
}
