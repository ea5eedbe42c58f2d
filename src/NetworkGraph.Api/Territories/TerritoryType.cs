using NetworkGraph.Api.Institutions;
using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Territories;

public sealed class TerritoryType : NodeType, IListedNodeType
{
    public TerritoryType()
        : base(NodeLabel.Territory, "A place institutions act on: a municipality, province, region, state or supranational union.")
    {
        this.Neighbour<TerritoryType>("within", Outgoing, Within).Description("The territory it lies within directly.");
        this.Neighbours<TerritoryType>("contains", Incoming, Within).Description("The territories that lie within it directly.");
        this.Neighbours<InstitutionType>("institutions", Incoming, LocatedIn).Description("The institutions located in it (not in the territories within it).");
    }

    public static NodeFilter Filter { get; } = new NodeFilter(NodeLabel.Territory)
        .Property("kind")
        .Through(
            "within",
            "Within one of these territories, at any depth (not the territories named).",
            new PathStep(Incoming, Within),
            new PathStep(Incoming, Within, AnyDepth: true));
}
