namespace NetworkGraph.Api.GraphQL.Paging;

public sealed record Connection(NodePage Page)
{
    public IReadOnlyList<NodeRecord> Nodes => Page.Nodes;

    public IEnumerable<Edge> Edges => Page.Nodes.Select(node => new Edge(Cursor.For(node), node));

    public PageInfo PageInfo => new(Page.HasNextPage, Page.Nodes.Count > 0 ? Cursor.For(Page.Nodes[^1]) : null);

    public int TotalCount => Page.TotalCount;
}

public sealed record Edge(string Cursor, NodeRecord Node);

public sealed record PageInfo(bool HasNextPage, string? EndCursor);
