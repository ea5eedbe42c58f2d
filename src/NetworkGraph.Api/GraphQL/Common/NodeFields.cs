using GraphQL.Types;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.GraphQL.Common;

/// <summary>The fields every node type shares.</summary>
public static class NodeFields
{
    /// <summary>The shared fields as the Node interface declares them (interfaces carry no resolvers).</summary>
    public static void DeclareNodeFields(this InterfaceGraphType<NodeRecord> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("The node's slug, unique across the graph.");
        type.Field<NonNullGraphType<IntGraphType>>("version").Description("Incremented on every change.");
        type.Field<NonNullGraphType<DateTimeGraphType>>("createdAt");
        type.Field<NonNullGraphType<DateTimeGraphType>>("updatedAt");
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").Description("Where the facts of this node come from.");
        type.Field<NonNullGraphType<BooleanGraphType>>("illustrative").Description("True for demo data that is not a sourced fact.");
    }

    public static void AddNodeFields(this ObjectGraphType<NodeRecord> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Description("The node's slug, unique across the graph.").Resolve(c => c.Source.Id);
        type.Field<NonNullGraphType<IntGraphType>>("version").Description("Incremented on every change.").Resolve(c => (int)c.Source.Version);
        type.Field<NonNullGraphType<DateTimeGraphType>>("createdAt").Resolve(c => c.Source.CreatedAt.UtcDateTime);
        type.Field<NonNullGraphType<DateTimeGraphType>>("updatedAt").Resolve(c => c.Source.UpdatedAt.UtcDateTime);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources")
            .Description("Where the facts of this node come from.")
            .Resolve(c => c.Source.Sources);
        type.Field<NonNullGraphType<BooleanGraphType>>("illustrative")
            .Description("True for demo data that is not a sourced fact.")
            .Resolve(c => c.Source.GetBool("illustrative"));
    }
}
