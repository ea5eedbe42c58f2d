using GraphQL.Builders;
using NetworkGraph.Api.GraphQL.Loading;

namespace NetworkGraph.Api.GraphQL.Filtering;

/// <summary>The two shapes of root field every node type gets: one by id, and a filtered connection.</summary>
public static class RootFields
{
    public static FieldBuilder<object?, object> ById<TNodeType>(this ObjectGraphType type, string name)
        where TNodeType : IGraphType, IListedNodeType
    {
        var label = TNodeType.Filter.Label;
        return type.Field<TNodeType>(name)
            .Description($"The {label} with this id; a NOT_FOUND error when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve()
            .WithService<GraphLoaders>()
            .Resolve((c, loaders) =>
            {
                var id = ValidId(c.GetArgument<string>("id"), "id");
                return loaders.Node(id).Select(node => node is not null && node.Label == label
                    ? node
                    : throw UserError.NotFound(node is null ? $"No node has the id '{id}'." : $"'{id}' is a {node.Label}, not a {label}."));
            });
    }

    public static FieldBuilder<object?, object> List<TNodeType>(this ObjectGraphType type, string name)
        where TNodeType : IGraphType, IListedNodeType =>
        type.Field<NonNullGraphType<ConnectionGraphType<TNodeType>>>(name)
            .Description($"{TNodeType.Filter.Label} nodes ordered by id, filtered by 'where'.")
            .WithPaging()
            .Argument<NodeWhereInputType<TNodeType>>("where")
            .Resolve()
            .WithServices<IGraphStore, Viewer>()
            .ResolveAsync(async (c, store, viewer) =>
            {
                var first = c.First();
                var after = c.After();
                var query = await TNodeType.Filter.ToQueryAsync(c.GetArgument<Dictionary<string, object?>?>("where"), store, c.CancellationToken);
                query = await viewer.RestrictAsync(query, c.CancellationToken);
                return new Connection(await store.FindNodesAsync(query with { First = first, AfterId = after }, c.CancellationToken));
            });

    public static string ValidId(string? id, string argument) =>
        Slug.IsValid(id)
            ? id!
            : throw UserError.BadInput($"'{argument}' must be a node id: a lowercase kebab-case slug such as 'harreragune'.");
}
