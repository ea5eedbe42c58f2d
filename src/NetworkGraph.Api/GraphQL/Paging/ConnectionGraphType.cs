namespace NetworkGraph.Api.GraphQL.Paging;

/// <summary>A Relay connection over one node type: <c>{Type}Connection</c> with edges, nodes, pageInfo and totalCount.</summary>
public sealed class ConnectionGraphType<TNodeType> : ObjectGraphType<Connection>
    where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        Name = $"{typeof(TNodeType).GraphQLName()}Connection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType>>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many nodes match the filter, ignoring pagination.")
            .Resolve(c => c.Source.TotalCount);
    }
}

public sealed class EdgeGraphType<TNodeType> : ObjectGraphType<Edge>
    where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        Name = $"{typeof(TNodeType).GraphQLName()}Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source.Node);
    }
}

public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.EndCursor);
    }
}
