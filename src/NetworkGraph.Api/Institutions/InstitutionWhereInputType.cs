using GraphQL.Types;
using NetworkGraph.Api.GraphQL.Filtering;
using NetworkGraph.Core.Graph;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Institutions;

public sealed class InstitutionWhereInputType : InputObjectGraphType
{
    public static readonly NodeFilter Filter = new NodeFilter(NodeLabel.Institution)
        .Property("levels", "level")
        .Property("kinds", "kind")
        .Through("themes", (Incoming, OnTheme), (Incoming, Holds))
        .Through("networks", (Incoming, MemberOf));

    public InstitutionWhereInputType()
    {
        Name = "InstitutionWhere";
        this.AnyOf<EnumerationGraphType<GovernanceLevel>>("levels", "At one of these governance levels.");
        this.AnyOf<EnumerationGraphType<ActorKind>>("kinds", "Of one of these kinds.");
        this.AnyOf<IdGraphType>("themes", "Holding a responsibility on one of these themes.");
        this.AnyOf<IdGraphType>("networks", "Member of one of these networks.");
        this.NameContains();
    }
}
