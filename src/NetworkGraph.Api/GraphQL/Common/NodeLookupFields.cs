using NetworkGraph.Api.GraphQL.Loading;

namespace NetworkGraph.Api.GraphQL.Common;

/// <summary>Relay's <c>node</c> and <c>nodes</c>: any node by id, null where none exists.</summary>
public static class NodeLookupFields
{
    public static void AddNodeLookups(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node")
            .Description("Any node by its id, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve()
            .WithService<GraphLoaders>()
            .Resolve((c, loaders) => loaders.Node(RootFields.ValidId(c.GetArgument<string>("id"), "id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description($"Nodes by id, in the order asked, null where none exists; at most {PagingArguments.MaxPageSize} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Resolve()
            .WithService<GraphLoaders>()
            .Resolve((c, loaders) =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > PagingArguments.MaxPageSize)
                {
                    throw UserError.BadInput($"'ids' may hold at most {PagingArguments.MaxPageSize} ids; it held {ids.Count}.");
                }
                return DataLoaderResults.All([.. ids.Select(id => loaders.Node(RootFields.ValidId(id, "ids")))]);
            });
    }
}
