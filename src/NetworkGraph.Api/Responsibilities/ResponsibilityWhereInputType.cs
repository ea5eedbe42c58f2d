using GraphQL.Types;
using NetworkGraph.Api.GraphQL.Filtering;
using NetworkGraph.Core.Graph;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Responsibilities;

public sealed class ResponsibilityWhereInputType : InputObjectGraphType
{
    public static readonly NodeFilter Filter = new NodeFilter(NodeLabel.Responsibility)
        .Property("levels", "level")
        .Property("kinds", "kind")
        .Through("themes", (Incoming, OnTheme))
        .Through("holders", (Outgoing, Holds));

    public ResponsibilityWhereInputType()
    {
        Name = "ResponsibilityWhere";
        this.AnyOf<EnumerationGraphType<GovernanceLevel>>("levels", "At one of these governance levels.");
        this.AnyOf<EnumerationGraphType<ResponsibilityKind>>("kinds", "Of one of these kinds.");
        this.AnyOf<IdGraphType>("themes", "On one of these themes.");
        this.AnyOf<IdGraphType>("holders", "Held by one of these institutions.");
        this.NameContains();
    }
}
