using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Stores;

public abstract partial class GraphStoreContract
{
    [StoreFact]
    public async Task expand_with_ends_returns_the_same_relationships_as_expand_and_the_nodes_they_lead_to()
    {
        await CreateReferralPathwayAsync();

        var expansion = await Store.ExpandWithEndsAsync(["harreragune", "smus"], Direction.Outgoing, [RelationshipType.RefersTo], Ct);
        var relationships = await Store.ExpandAsync(["harreragune", "smus"], Direction.Outgoing, [RelationshipType.RefersTo], Ct);

        Assert.Equal(relationships.Select(r => r.Key), expansion.Relationships.Select(r => r.Key));
        Assert.Equal(["harreragune", "lanbide"], InIdOrder(expansion.OtherEnds.Select(node => node.Id)));
        var lanbide = expansion.OtherEnds.Single(node => node.Id == "lanbide");
        Assert.Equal("Lanbide", lanbide.GetString("name"));
        Assert.Equal(NodeLabel.Institution, lanbide.Label);
    }

    [StoreFact]
    public async Task expand_with_ends_incoming_returns_the_nodes_the_relationships_start_at()
    {
        await CreateReferralPathwayAsync();

        var expansion = await Store.ExpandWithEndsAsync(["harreragune"], Direction.Incoming, [RelationshipType.RefersTo], Ct);

        Assert.Equal([("smus", "harreragune")], expansion.Relationships.Select(r => (r.FromId, r.ToId)));
        Assert.Equal("smus", Assert.Single(expansion.OtherEnds).Id);
        Assert.Equal("Servicio Municipal de Urgencias Sociales", expansion.OtherEnds[0].GetString("name"));
    }

    [StoreFact]
    public async Task expand_with_ends_returns_a_node_several_relationships_lead_to_once()
    {
        await CreateAsync(
            TestNodes.Institution("harreragune", "Harreragune"),
            TestNodes.Institution("smus", "SMUS"),
            TestNodes.Network("aholku-sarea", "Aholku Sarea"));
        await PutAsync(
            TestNodes.Relationship(RelationshipType.MemberOf, "harreragune", "aholku-sarea"),
            TestNodes.Relationship(RelationshipType.MemberOf, "smus", "aholku-sarea"),
            TestNodes.Relationship(RelationshipType.Funds, "smus", "aholku-sarea"));

        var expansion = await Store.ExpandWithEndsAsync(
            ["harreragune", "smus"], Direction.Outgoing, [RelationshipType.MemberOf, RelationshipType.Funds], Ct);

        Assert.Equal(3, expansion.Relationships.Count);
        Assert.Equal("aholku-sarea", Assert.Single(expansion.OtherEnds).Id);
    }

    [StoreFact]
    public async Task both_expansions_refuse_null_ids_or_types()
    {
        RelationshipType[] types = [RelationshipType.RefersTo];
        string[] ids = ["harreragune"];

        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.ExpandAsync(null!, Direction.Outgoing, types, Ct));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.ExpandAsync(ids, Direction.Outgoing, null!, Ct));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.ExpandWithEndsAsync(null!, Direction.Incoming, types, Ct));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Store.ExpandWithEndsAsync(ids, Direction.Incoming, null!, Ct));
    }

    [StoreFact]
    public async Task expand_with_ends_of_no_ids_or_no_types_or_unknown_ids_returns_nothing()
    {
        await CreateReferralPathwayAsync();

        var noIds = await Store.ExpandWithEndsAsync([], Direction.Outgoing, [RelationshipType.RefersTo], Ct);
        var noTypes = await Store.ExpandWithEndsAsync(["harreragune"], Direction.Outgoing, [], Ct);
        var unknown = await Store.ExpandWithEndsAsync(["no-such-node"], Direction.Outgoing, [RelationshipType.RefersTo], Ct);
        var otherType = await Store.ExpandWithEndsAsync(["harreragune"], Direction.Outgoing, [RelationshipType.MemberOf], Ct);

        Assert.All([noIds, noTypes, unknown, otherType], expansion =>
        {
            Assert.Empty(expansion.Relationships);
            Assert.Empty(expansion.OtherEnds);
        });
    }
}
