using GraphQL.Builders;
using GraphQL.Types;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.GraphQL.Common;

/// <summary>Fields that follow relationships, always through the request's batch loaders.</summary>
public static class RelationFields
{
    /// <summary>The relationships themselves (with their properties), as edge objects.</summary>
    public static FieldBuilder<NodeRecord, object> Relationships<TEdgeType>(
        this ObjectGraphType<NodeRecord> type, string name, Direction direction, RelationshipType relationship)
        where TEdgeType : IGraphType =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>(name)
            .Resolve(c => c.Loaders().Relationships(c.Source.Id, direction, relationship));

    /// <summary>The nodes at the other end.</summary>
    public static FieldBuilder<NodeRecord, object> Neighbours<TNodeType>(
        this ObjectGraphType<NodeRecord> type, string name, Direction direction, RelationshipType relationship)
        where TNodeType : IGraphType =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>(name)
            .Resolve(c => c.Loaders().Neighbours(c.Source.Id, direction, relationship));

    /// <summary>The one node at the other end, or null.</summary>
    public static FieldBuilder<NodeRecord, object> Neighbour<TNodeType>(
        this ObjectGraphType<NodeRecord> type, string name, Direction direction, RelationshipType relationship)
        where TNodeType : IGraphType =>
        type.Field<TNodeType>(name).Resolve(c => c.Loaders().Neighbour(c.Source.Id, direction, relationship));

    /// <summary>An end of a relationship edge object.</summary>
    public static FieldBuilder<RelationshipRecord, object> End<TNodeType>(
        this ObjectGraphType<RelationshipRecord> type, string name, bool from)
        where TNodeType : IGraphType =>
        type.Field<NonNullGraphType<TNodeType>>(name).Resolve(c => c.Loaders().Node(from ? c.Source.FromId : c.Source.ToId));

    public static void EdgeSources(this ObjectGraphType<RelationshipRecord> type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("Where the fact of this link comes from.")
            .Resolve(c => c.Source.Sources);

    public static FieldBuilder<RelationshipRecord, object> EdgeInstant(this ObjectGraphType<RelationshipRecord> type, string name) =>
        type.Field<NonNullGraphType<DateTimeGraphType>>(name).Resolve(c => NodeFields.ToDateTime(c.Source.GetString(name)));
}
