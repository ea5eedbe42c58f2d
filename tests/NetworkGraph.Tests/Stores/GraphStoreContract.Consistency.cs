using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Stores;

public abstract partial class GraphStoreContract
{
    [StoreFact]
    public async Task an_update_expecting_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        await CreateAsync(TestNodes.Institution("lanbide", "Lanbide"));
        await WriteAsync(Rename("lanbide", 1, "Lanbide – Servicio Vasco de Empleo"));
        var before = await Store.GetGraphVersionAsync(Ct);

        var conflict = await Assert.ThrowsAsync<GraphConflictException>(() => WriteAsync(Rename("lanbide", 1, "Stale edit")));

        Assert.Contains("'lanbide'", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("1", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("2", conflict.Message, StringComparison.Ordinal);
        var node = await GetNodeAsync("lanbide");
        Assert.Equal(2, node?.Version);
        Assert.Equal("Lanbide – Servicio Vasco de Empleo", node?.GetString("name"));
        Assert.Equal(before, await Store.GetGraphVersionAsync(Ct));
    }

    [StoreFact]
    public async Task of_two_concurrent_updates_expecting_the_same_version_exactly_one_succeeds()
    {
        await CreateAsync(TestNodes.Institution("harreragune", "Harreragune"));

        // Task.Run: a store whose async calls complete synchronously would otherwise run them one after the other.
        var outcomes = await Task.WhenAll(
            Task.Run(() => TryWriteAsync(Rename("harreragune", 1, "Edit from the Basque Government"))),
            Task.Run(() => TryWriteAsync(Rename("harreragune", 1, "Edit from the City of Bilbao"))));

        Assert.Single(outcomes, outcome => outcome is null);
        Assert.Single(outcomes, outcome => outcome is GraphConflictException);
        var node = await GetNodeAsync("harreragune");
        Assert.Equal(2, node?.Version);
        Assert.Contains(node?.GetString("name"), new[] { "Edit from the Basque Government", "Edit from the City of Bilbao" });
    }

    [StoreFact]
    public async Task concurrent_batches_all_commit_and_each_bumps_the_graph_version()
    {
        const int writers = 8;
        var before = await Store.GetGraphVersionAsync(Ct);

        var results = await Task.WhenAll(Enumerable.Range(0, writers).Select(i =>
            Task.Run(() => CreateAsync(TestNodes.FeedbackItem($"fb-{i:D2}", $"Feedback {i}")))));

        Assert.Equal(
            Enumerable.Range(1, writers).Select(step => before + step),
            results.Select(result => result.GraphVersion).Order());
        Assert.Equal(writers, (await Store.FindNodesAsync(new NodeQuery { Label = NodeLabel.FeedbackItem }, Ct)).TotalCount);
    }

    [StoreFact]
    public async Task a_batch_whose_last_write_is_a_relationship_to_a_missing_node_leaves_nothing_behind()
    {
        await AssertBatchLeavesNothingAsync<GraphNotFoundException>(
            new PutRelationship(TestNodes.Relationship(RelationshipType.MemberOf, "harreragune", "no-such-network")));
    }

    [StoreFact]
    public async Task a_batch_whose_last_write_repeats_an_id_leaves_nothing_behind()
    {
        await AssertBatchLeavesNothingAsync<GraphConflictException>(new CreateNode(TestNodes.Institution("smus", "SMUS again")));
    }

    [StoreFact]
    public async Task a_batch_whose_last_write_expects_a_stale_version_leaves_nothing_behind()
    {
        await AssertBatchLeavesNothingAsync<GraphConflictException>(Rename("lanbide", 7, "Lanbide"));
    }

    [StoreFact]
    public async Task writes_in_a_batch_apply_in_order()
    {
        var result = await WriteAsync(
            new CreateNode(TestNodes.Institution("harreragune", "Harreragune")),
            new CreateNode(TestNodes.Network("aholku-sarea", "Aholku Sarea")),
            new PutRelationship(TestNodes.Relationship(RelationshipType.MemberOf, "harreragune", "aholku-sarea")),
            Rename("harreragune", 1, "Harreragune – Servicio Vasco de Acogida"),
            new DeleteRelationship(new RelationshipKey(RelationshipType.MemberOf, "harreragune", "aholku-sarea")),
            new DeleteNode("aholku-sarea", ExpectedVersion: 1, Detach: false));

        var snapshot = await Store.GetSnapshotAsync(Ct);
        Assert.Equal("harreragune", Assert.Single(snapshot.Nodes).Id);
        Assert.Equal(2, snapshot.Nodes[0].Version);
        Assert.Empty(snapshot.Relationships);
        Assert.Equal(2, result.NodeVersions["harreragune"]);
    }

    [StoreFact]
    public async Task the_graph_version_rises_with_each_committed_write()
    {
        var initial = await Store.GetGraphVersionAsync(Ct);

        var first = await CreateAsync(TestNodes.Institution("harreragune", "Harreragune"));
        var second = await CreateAsync(TestNodes.Network("aholku-sarea", "Aholku Sarea"));
        var third = await PutAsync(TestNodes.Relationship(RelationshipType.MemberOf, "harreragune", "aholku-sarea"));
        await Assert.ThrowsAsync<GraphConflictException>(() => CreateAsync(TestNodes.Institution("harreragune", "Harreragune")));

        Assert.True(first.GraphVersion > initial);
        Assert.True(second.GraphVersion > first.GraphVersion);
        Assert.True(third.GraphVersion > second.GraphVersion);
        Assert.Equal(third.GraphVersion, await Store.GetGraphVersionAsync(Ct));
    }

    [StoreFact]
    public async Task the_snapshot_holds_every_node_and_relationship_at_the_current_graph_version()
    {
        await CreateReferralPathwayAsync();
        await CreateAsync(TestNodes.Network("aholku-sarea", "Aholku Sarea"), TestNodes.Theme("legal-advice", "Legal advice", GovernanceLevel.Regional));
        var last = await PutAsync(
            TestNodes.Relationship(RelationshipType.MemberOf, "harreragune", "aholku-sarea"),
            TestNodes.Relationship(RelationshipType.Covers, "aholku-sarea", "legal-advice"));

        var snapshot = await Store.GetSnapshotAsync(Ct);

        Assert.Equal(last.GraphVersion, snapshot.Version);
        Assert.Equal(
            ["aholku-sarea", "harreragune", "lanbide", "legal-advice", "smus"],
            InIdOrder(snapshot.Nodes.Select(node => node.Id)));
        Assert.Equal(4, snapshot.Relationships.Count);
        AssertSameNode(TestNodes.Institution("harreragune", "Harreragune"), snapshot.Nodes.Single(node => node.Id == "harreragune"));
        AssertSameRelationship(
            TestNodes.Relationship(RelationshipType.Covers, "aholku-sarea", "legal-advice"),
            snapshot.Relationships.Single(r => r.Type == RelationshipType.Covers));
    }

    [StoreFact]
    public async Task an_empty_store_has_an_empty_snapshot()
    {
        var snapshot = await Store.GetSnapshotAsync(Ct);

        Assert.Empty(snapshot.Nodes);
        Assert.Empty(snapshot.Relationships);
        Assert.Equal(await Store.GetGraphVersionAsync(Ct), snapshot.Version);
    }

    /// <summary>
    /// Commits SMUS and Lanbide, then runs a batch that creates three nodes and a relationship before
    /// <paramref name="failingWrite"/>: afterwards the graph and its version are as before the batch.
    /// </summary>
    private async Task AssertBatchLeavesNothingAsync<TException>(GraphWrite failingWrite) where TException : GraphStoreException
    {
        await CreateAsync(TestNodes.Institution("smus", "SMUS"), TestNodes.Institution("lanbide", "Lanbide"));
        var before = await Store.GetSnapshotAsync(Ct);

        await Assert.ThrowsAsync<TException>(() => WriteAsync(
            new CreateNode(TestNodes.Institution("harreragune", "Harreragune")),
            new CreateNode(TestNodes.Network("aholku-sarea", "Aholku Sarea")),
            new CreateNode(TestNodes.Theme("legal-advice", "Legal advice", GovernanceLevel.Regional)),
            new PutRelationship(TestNodes.Relationship(RelationshipType.RefersTo, "smus", "harreragune")),
            Rename("smus", 1, "SMUS renamed"),
            failingWrite));

        var after = await Store.GetSnapshotAsync(Ct);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(["lanbide", "smus"], InIdOrder(after.Nodes.Select(node => node.Id)));
        Assert.Empty(after.Relationships);
        Assert.Equal(1, after.Nodes.Single(node => node.Id == "smus").Version);
        Assert.Equal("SMUS", after.Nodes.Single(node => node.Id == "smus").GetString("name"));
    }

    private async Task<Exception?> TryWriteAsync(params GraphWrite[] writes)
    {
        try
        {
            await WriteAsync(writes);
            return null;
        }
        catch (GraphStoreException exception)
        {
            return exception;
        }
    }
}
