using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Schema;

namespace NetworkGraph.Tests.Stores;

/// <summary>The store suite's data must be data the service would accept, or it proves little.</summary>
public sealed class TestNodesTests
{
    [Theory]
    [MemberData(nameof(GraphStoreContract.EveryLabel), MemberType = typeof(GraphStoreContract))]
    public void test_nodes_of_every_label_satisfy_the_schema(NodeLabel label)
    {
        Assert.Empty(GraphValidator.ValidateNode(TestNodes.OfLabel(label, "a-node")));
    }

    [Theory]
    [MemberData(nameof(GraphStoreContract.EveryRelationshipType), MemberType = typeof(GraphStoreContract))]
    public void test_relationships_of_every_type_satisfy_the_schema(RelationshipType type)
    {
        var spec = GraphSchema.Relationships[type];
        var labels = new Dictionary<string, NodeLabel> { ["from-node"] = spec.From[0], ["to-node"] = spec.To[0] };

        var problems = GraphValidator.ValidateRelationship(
            TestNodes.Relationship(type, "from-node", "to-node"), id => labels.TryGetValue(id, out var label) ? label : null);

        Assert.Empty(problems);
    }
}
