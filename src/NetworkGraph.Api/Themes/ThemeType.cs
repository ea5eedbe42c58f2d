using NetworkGraph.Api.Feedback;
using NetworkGraph.Api.Networks;
using NetworkGraph.Api.Responsibilities;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Themes;

public sealed class ThemeType : NodeType, IListedNodeType
{
    public ThemeType()
        : base(NodeLabel.Theme, "A policy theme: reception, housing, return counselling ...")
    {
        this.Neighbours<ResponsibilityType>("responsibilities", Incoming, OnTheme);
        this.Neighbours<NetworkType>("networks", Incoming, Covers).Description("The networks that cover it.");
        this.Neighbours<FeedbackItemType>("feedbackItems", Incoming, About).Requires(Access.FeedbackReaders);
    }

    public static NodeFilter Filter { get; } = new NodeFilter(NodeLabel.Theme)
        .Property("expectedLevels");
}
