using GraphQL.Types;
using NetworkGraph.Api.Auth;
using NetworkGraph.Api.Feedback;
using NetworkGraph.Api.GraphQL.Common;
using NetworkGraph.Api.Networks;
using NetworkGraph.Api.Responsibilities;
using NetworkGraph.Core.Graph;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Themes;

public sealed class ThemeType : ObjectGraphType<NodeRecord>
{
    public ThemeType()
    {
        this.Node<NodeInterface>(NodeLabel.Theme, "A policy theme: reception, housing, return counselling ...");
        this.Text("name");
        this.Text("description");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<GovernanceLevel>>>>>("expectedLevels")
            .Description("The governance levels at which planners expect the theme to be covered.")
            .Resolve(c => c.Source.GetStrings("expectedLevels").Select(ConstantCase.Parse<GovernanceLevel>).Order().ToList());
        this.Neighbours<ResponsibilityType>("responsibilities", Incoming, OnTheme);
        this.Neighbours<NetworkType>("networks", Incoming, Covers).Description("The networks that cover it.");
        this.Neighbours<FeedbackItemType>("feedbackItems", Incoming, About).Requires(Access.FeedbackReaders);
    }
}
