using GraphQL.Resolvers;

namespace NetworkGraph.Api.GraphQL.Common;

/// <summary>The fields every node type shares, stated once for the Node interface and each label's type.</summary>
public static class NodeFields
{
    private static readonly (string Name, Type Type, string? Description, Func<NodeRecord, object?> Resolve)[] _shared =
    [
        ("id", typeof(NonNullGraphType<IdGraphType>), "The node's slug, unique across the graph.", node => node.Id),
        ("version", typeof(NonNullGraphType<IntGraphType>), "Incremented on every change.", node => (int)node.Version),
        ("createdAt", typeof(NonNullGraphType<DateTimeGraphType>), null, node => node.CreatedAt.UtcDateTime),
        ("updatedAt", typeof(NonNullGraphType<DateTimeGraphType>), null, node => node.UpdatedAt.UtcDateTime),
        ("sources", typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>), "Where the facts of this node come from.", node => node.Sources),
        ("illustrative", typeof(NonNullGraphType<BooleanGraphType>), "True for demo data that is not a sourced fact.", node => node.GetBool("illustrative")),
    ];

    /// <summary>The shared fields as the Node interface declares them: interfaces carry no resolvers.</summary>
    public static void DeclareNodeFields(this InterfaceGraphType<NodeRecord> type)
    {
        foreach (var (name, graphType, description, _) in _shared)
        {
            type.AddField(new FieldType { Name = name, Type = graphType, Description = description });
        }
    }

    public static void AddNodeFields(this ObjectGraphType<NodeRecord> type)
    {
        foreach (var (name, graphType, description, resolve) in _shared)
        {
            type.AddField(new FieldType
            {
                Name = name,
                Type = graphType,
                Description = description,
                Resolver = new FuncFieldResolver<NodeRecord, object?>(context => resolve(context.Source)),
            });
        }
    }
}
