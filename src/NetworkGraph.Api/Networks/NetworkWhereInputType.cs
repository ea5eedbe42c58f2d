using GraphQL.Types;
using NetworkGraph.Api.GraphQL.Filtering;
using NetworkGraph.Core.Graph;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Networks;

public sealed class NetworkWhereInputType : InputObjectGraphType
{
    public static readonly NodeFilter Filter = new NodeFilter(NodeLabel.Network)
        .Property("levels", "level")
        .Property("kinds", "kind")
        .Through("themes", (Incoming, Covers))
        .Through("members", (Outgoing, MemberOf));

    public NetworkWhereInputType()
    {
        Name = "NetworkWhere";
        this.AnyOf<EnumerationGraphType<GovernanceLevel>>("levels", "At one of these governance levels.");
        this.AnyOf<EnumerationGraphType<NetworkKind>>("kinds", "Of one of these kinds.");
        this.AnyOf<IdGraphType>("themes", "Covering one of these themes.");
        this.AnyOf<IdGraphType>("members", "With one of these institutions as a member.");
        this.NameContains();
    }
}
