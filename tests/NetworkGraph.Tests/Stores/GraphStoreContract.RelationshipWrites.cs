using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Stores;

public abstract partial class GraphStoreContract
{
    [StoreFact]
    public async Task putting_a_relationship_again_replaces_its_properties_and_sources()
    {
        await CreateAsync(TestNodes.Institution("harreragune", "Harreragune"), TestNodes.Network("aholku-sarea", "Aholku Sarea"));
        var first = TestNodes.Relationship(RelationshipType.MemberOf, "harreragune", "aholku-sarea");
        var second = first with
        {
            Properties = new Dictionary<string, object?> { ["role"] = ConstantCase.ToText(MembershipRole.Secretariat) },
            Sources = [TestNodes.Annex],
        };

        await PutAsync(first);
        await PutAsync(second);

        var memberships = await Store.ExpandAsync(["harreragune"], Direction.Outgoing, [RelationshipType.MemberOf], Ct);
        AssertSameRelationship(second, Assert.Single(memberships));
    }

    [StoreFact]
    public async Task relationships_of_different_types_between_the_same_nodes_are_distinct()
    {
        await CreateAsync(TestNodes.Institution("basque-government", "Basque Government"), TestNodes.Institution("harreragune", "Harreragune"));

        await PutAsync(
            TestNodes.Relationship(RelationshipType.Funds, "basque-government", "harreragune"),
            TestNodes.Relationship(RelationshipType.RefersTo, "basque-government", "harreragune"));

        var outgoing = await Store.ExpandAsync(
            ["basque-government"], Direction.Outgoing, [RelationshipType.Funds, RelationshipType.RefersTo], Ct);
        Assert.Equal(2, outgoing.Count);
    }

    [StoreTheory]
    [InlineData("no-such-node", "harreragune")]
    [InlineData("harreragune", "no-such-node")]
    public async Task putting_a_relationship_to_a_missing_node_is_not_found_and_names_it(string fromId, string toId)
    {
        await CreateAsync(TestNodes.Institution("harreragune", "Harreragune"));

        var notFound = await Assert.ThrowsAsync<GraphNotFoundException>(
            () => PutAsync(TestNodes.Relationship(RelationshipType.RefersTo, fromId, toId)));

        Assert.Contains("'no-such-node'", notFound.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task deleting_a_relationship_removes_only_that_relationship()
    {
        await CreateReferralPathwayAsync();

        await WriteAsync(new DeleteRelationship(new RelationshipKey(RelationshipType.RefersTo, "smus", "harreragune")));

        var remaining = (await Store.GetSnapshotAsync(Ct)).Relationships;
        Assert.Equal(new RelationshipKey(RelationshipType.RefersTo, "harreragune", "lanbide"), Assert.Single(remaining).Key);
    }

    [StoreFact]
    public async Task deleting_a_missing_relationship_is_not_found()
    {
        await CreateReferralPathwayAsync();

        await Assert.ThrowsAsync<GraphNotFoundException>(
            () => WriteAsync(new DeleteRelationship(new RelationshipKey(RelationshipType.RefersTo, "lanbide", "smus"))));
    }
}
