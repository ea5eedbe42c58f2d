using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Stores;

public abstract partial class GraphStoreContract
{
    [StoreFact]
    public async Task batch_get_returns_only_the_known_ids()
    {
        await CreateAsync(TestNodes.Institution("harreragune", "Harreragune"), TestNodes.Institution("smus", "SMUS"));

        var nodes = await Store.GetNodesAsync(["harreragune", "no-such-node", "smus", "another-unknown"], Ct);

        Assert.Equal(["harreragune", "smus"], InIdOrder(nodes.Select(node => node.Id)));
    }

    [StoreFact]
    public async Task batch_get_of_no_ids_returns_nothing()
    {
        await CreateAsync(TestNodes.Institution("harreragune", "Harreragune"));

        Assert.Empty(await Store.GetNodesAsync([], Ct));
    }

    [StoreFact]
    public async Task batch_get_returns_a_node_asked_for_twice_once()
    {
        await CreateAsync(TestNodes.Institution("harreragune", "Harreragune"), TestNodes.Institution("smus", "SMUS"));

        var nodes = await Store.GetNodesAsync(["smus", "harreragune", "smus", "smus"], Ct);

        Assert.Equal(["harreragune", "smus"], InIdOrder(nodes.Select(node => node.Id)));
    }

    [StoreFact]
    public async Task expand_outgoing_returns_the_relationships_that_start_at_the_nodes()
    {
        await CreateReferralPathwayAsync();

        var outgoing = await Store.ExpandAsync(["harreragune"], Direction.Outgoing, [RelationshipType.RefersTo], Ct);

        Assert.Equal([("harreragune", "lanbide")], outgoing.Select(r => (r.FromId, r.ToId)));
    }

    [StoreFact]
    public async Task expand_incoming_returns_the_relationships_that_end_at_the_nodes()
    {
        await CreateReferralPathwayAsync();

        var incoming = await Store.ExpandAsync(["harreragune"], Direction.Incoming, [RelationshipType.RefersTo], Ct);

        Assert.Equal([("smus", "harreragune")], incoming.Select(r => (r.FromId, r.ToId)));
    }

    [StoreFact]
    public async Task expand_returns_only_the_types_asked_for()
    {
        await CreateReferralPathwayAsync();
        await CreateAsync(TestNodes.Network("aholku-sarea", "Aholku Sarea"));
        await PutAsync(TestNodes.Relationship(RelationshipType.MemberOf, "harreragune", "aholku-sarea"));

        var referrals = await Store.ExpandAsync(["harreragune"], Direction.Outgoing, [RelationshipType.RefersTo], Ct);
        var memberships = await Store.ExpandAsync(["harreragune"], Direction.Outgoing, [RelationshipType.MemberOf], Ct);
        var none = await Store.ExpandAsync(["harreragune"], Direction.Outgoing, [], Ct);

        Assert.Equal(RelationshipType.RefersTo, Assert.Single(referrals).Type);
        Assert.Equal(RelationshipType.MemberOf, Assert.Single(memberships).Type);
        Assert.Empty(none);
    }

    [StoreFact]
    public async Task expand_covers_several_types_over_many_nodes_in_one_call()
    {
        const int institutionCount = 40;
        var institutions = Enumerable.Range(0, institutionCount).Select(i => $"member-{i:D2}").ToArray();
        var networks = new[] { "aholku-sarea", "eraberean", "harreragune-partners" };
        await CreateAsync(
            [
                .. institutions.Select(id => TestNodes.Institution(id, $"Association {id}", kind: ActorKind.Ngo)),
                .. networks.Select(id => TestNodes.Network(id, id)),
                TestNodes.Meeting("plenary-2025", "Plenary 2025"),
            ]);
        var expected = new List<RelationshipRecord>();
        for (var i = 0; i < institutionCount; i++)
        {
            expected.Add(TestNodes.Relationship(RelationshipType.MemberOf, institutions[i], networks[i % networks.Length]));
            if (i % 4 == 0)
            {
                expected.Add(TestNodes.Relationship(RelationshipType.Funds, institutions[i], networks[(i + 1) % networks.Length]));
            }
        }
        var notAskedFor = institutions.Select(id => TestNodes.Relationship(RelationshipType.Attended, id, "plenary-2025")).ToArray();
        await PutAsync([.. expected, .. notAskedFor]);

        var outgoing = await Store.ExpandAsync(
            [.. institutions, "no-such-node"], Direction.Outgoing, [RelationshipType.MemberOf, RelationshipType.Funds], Ct);
        var incoming = await Store.ExpandAsync(networks, Direction.Incoming, [RelationshipType.MemberOf, RelationshipType.Funds], Ct);

        var expectedKeys = expected.Select(r => r.Key).ToHashSet();
        Assert.Equal(expected.Count, outgoing.Count);
        Assert.True(expectedKeys.SetEquals(outgoing.Select(r => r.Key)));
        Assert.Equal(expected.Count, incoming.Count);
        Assert.True(expectedKeys.SetEquals(incoming.Select(r => r.Key)));
    }
}
