using GraphQL.Types;
using NetworkGraph.Api.GraphQL.Common;
using NetworkGraph.Api.Themes;
using NetworkGraph.Core.Graph;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Responsibilities;

public sealed class ResponsibilityType : ObjectGraphType<NodeRecord>
{
    public ResponsibilityType()
    {
        this.Node<NodeInterface>(NodeLabel.Responsibility, "A task held at one governance level: funding, legal framework, service delivery ...");
        this.Text("title");
        this.Enum<ResponsibilityKind>("kind");
        this.Enum<GovernanceLevel>("level");
        this.Text("description");
        this.Relationships<HoldingType>("holders", Incoming, Holds).Description("The institutions that hold it, as lead or support.");
        this.Neighbours<ThemeType>("themes", Outgoing, OnTheme);
    }
}
