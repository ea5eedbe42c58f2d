namespace NetworkGraph.Api.GraphQL.Common;

public sealed class NodeInterface : InterfaceGraphType<NodeRecord>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Anything in the graph, found by its slug id.";
        this.DeclareNodeFields();
    }
}
