using NetworkGraph.Api.GraphQL.Loading;

namespace NetworkGraph.Api.Live;

public sealed class GraphChangeType : ObjectGraphType<GraphChangeEvent>
{
    public GraphChangeType()
    {
        Name = "GraphChange";
        Description = "One committed change to the graph: one mutation or import, as the audit trail records it.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("This event's position in the change feed: pass it as 'after' to resume after it.")
            .Resolve(c => c.Source.Position.Text);
        Field<NonNullGraphType<IntGraphType>>("graphVersion").Description("The graph's version after the change.").Resolve(c => (int)c.Source.GraphVersion);
        Field<NonNullGraphType<StringGraphType>>("operation").Description("The mutation or import that made it.").Resolve(c => c.Source.Change.Operation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("nodeIds")
            .Description("The nodes it touched that the caller may see; a node since deleted is listed only to callers who see every feedback item.")
            .Resolve()
            .WithServices<Viewer, GraphLoaders>()
            .Resolve((c, viewer, loaders) => viewer.SeesAllFeedback
                ? c.Source.Change.NodeIds
                : loaders.Nodes(c.Source.Change.NodeIds).Select(nodes => (IReadOnlyList<string>)[.. nodes.Select(node => node.Id)]));
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When it was committed.").Resolve(c => c.Source.Change.At.UtcDateTime);
    }
}
