using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Stores;

/// <summary>
/// Batches as an import writes them: many creations of one label and many relationships of one type in a row, which a
/// store may apply several at a time but must apply with the effect, and the failure, of one by one.
/// </summary>
public abstract partial class GraphStoreContract
{
    private static NodeRecord[] Institutions(int count) =>
        [.. Enumerable.Range(0, count).Select(i => TestNodes.Institution($"centre-{i:D4}", $"Centre {i}"))];

    [StoreFact]
    public async Task a_batch_of_a_thousand_nodes_and_their_memberships_is_stored_whole()
    {
        var centres = Institutions(1000);
        var network = TestNodes.Network("aholku-sarea", "Aholku Sarea");
        GraphWrite[] writes =
        [
            .. centres.Select(c => new CreateNode(c)), new CreateNode(network),
            .. centres.Select(c => new PutRelationship(TestNodes.Relationship(RelationshipType.MemberOf, c.Id, network.Id))),
        ];

        var result = await WriteAsync(writes);

        var snapshot = await Store.GetSnapshotAsync(Ct);
        Assert.Equal(1001, snapshot.Nodes.Count);
        Assert.Equal(1000, snapshot.Relationships.Count(r => r.Type == RelationshipType.MemberOf && r.ToId == network.Id));
        Assert.Equal(1001, result.NodeVersions.Count);
        AssertSameNode(centres[999], await GetNodeAsync("centre-0999"));
    }

    [StoreFact]
    public async Task an_id_taken_in_the_middle_of_many_creations_is_a_conflict_naming_it_and_nothing_is_stored()
    {
        await CreateAsync(TestNodes.Institution("centre-0600", "Stored before"));
        var version = await Store.GetGraphVersionAsync(Ct);

        var conflict = await Assert.ThrowsAsync<GraphConflictException>(() => WriteAsync([.. Institutions(1000).Select(c => new CreateNode(c))]));

        Assert.Contains("'centre-0600'", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(version, await Store.GetGraphVersionAsync(Ct));
        Assert.Single((await Store.GetSnapshotAsync(Ct)).Nodes);
    }

    [StoreFact]
    public async Task the_same_id_created_twice_in_one_batch_is_a_conflict()
    {
        var conflict = await Assert.ThrowsAsync<GraphConflictException>(() => WriteAsync(
            new CreateNode(TestNodes.Institution("harreragune", "Harreragune")),
            new CreateNode(TestNodes.Institution("lanbide", "Lanbide")),
            new CreateNode(TestNodes.Institution("harreragune", "Harreragune again"))));

        Assert.Contains("'harreragune'", conflict.Message, StringComparison.Ordinal);
        Assert.Empty((await Store.GetSnapshotAsync(Ct)).Nodes);
    }

    [StoreFact]
    public async Task among_many_relationships_the_first_with_a_missing_end_is_named_and_nothing_is_stored()
    {
        var centres = Institutions(300);
        await CreateAsync([.. centres, TestNodes.Network("aholku-sarea", "Aholku Sarea")]);
        var version = await Store.GetGraphVersionAsync(Ct);
        var memberships = centres.Select(c => TestNodes.Relationship(RelationshipType.MemberOf, c.Id, "aholku-sarea")).ToList();
        memberships.Insert(200, TestNodes.Relationship(RelationshipType.MemberOf, "no-such-centre", "aholku-sarea"));
        memberships.Insert(250, TestNodes.Relationship(RelationshipType.MemberOf, "centre-0001", "no-such-network"));

        var notFound = await Assert.ThrowsAsync<GraphNotFoundException>(() => PutAsync([.. memberships]));

        Assert.Contains("'no-such-centre'", notFound.Message, StringComparison.Ordinal);
        Assert.Equal(version, await Store.GetGraphVersionAsync(Ct));
        Assert.Empty((await Store.GetSnapshotAsync(Ct)).Relationships);
    }

    [StoreFact]
    public async Task a_relationship_put_twice_in_one_batch_keeps_the_second()
    {
        await CreateAsync(TestNodes.Institution("harreragune", "Harreragune"), TestNodes.Network("aholku-sarea", "Aholku Sarea"));
        var first = TestNodes.Relationship(RelationshipType.MemberOf, "harreragune", "aholku-sarea");
        var second = first with { Properties = new Dictionary<string, object?> { ["role"] = ConstantCase.ToText(MembershipRole.Chair) } };

        await PutAsync(first, second);

        AssertSameRelationship(second, Assert.Single((await Store.GetSnapshotAsync(Ct)).Relationships));
    }
}
