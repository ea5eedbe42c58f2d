using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Stores;

public abstract partial class GraphStoreContract
{
    [StoreFact]
    public async Task a_created_node_starts_at_version_one_stamped_with_the_clock()
    {
        await CreateAsync(TestNodes.Institution("harreragune", "Harreragune") with { Version = 7 });

        var node = await GetNodeAsync("harreragune");

        Assert.NotNull(node);
        Assert.Equal(1, node.Version);
        Assert.Equal(VisitStart, node.CreatedAt);
        Assert.Equal(VisitStart, node.UpdatedAt);
    }

    [StoreFact]
    public async Task a_created_node_keeps_the_timestamps_it_brings()
    {
        var opened = new DateTimeOffset(2024, 11, 18, 10, 0, 0, TimeSpan.FromHours(1));
        var revised = new DateTimeOffset(2025, 12, 4, 8, 15, 0, TimeSpan.Zero);
        await CreateAsync(TestNodes.Institution("harreragune", "Harreragune") with { CreatedAt = opened, UpdatedAt = revised });

        var node = await GetNodeAsync("harreragune");

        Assert.NotNull(node);
        Assert.Equal(opened, node.CreatedAt);
        Assert.Equal(revised, node.UpdatedAt);
    }

    [StoreFact]
    public async Task creating_an_id_that_exists_is_a_conflict()
    {
        await CreateAsync(TestNodes.Institution("harreragune", "Harreragune"));

        var conflict = await Assert.ThrowsAsync<GraphConflictException>(() => CreateAsync(TestNodes.Network("harreragune", "Another")));

        Assert.Contains("'harreragune'", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(NodeLabel.Institution, (await GetNodeAsync("harreragune"))?.Label);
    }

    [StoreFact]
    public async Task an_update_raises_the_version_moves_updated_at_and_keeps_created_at()
    {
        await CreateAsync(TestNodes.Institution("harreragune", "Harreragune"));
        Clock.Advance(TimeSpan.FromDays(1));
        var updatedAt = VisitStart.AddDays(1);

        var result = await WriteAsync(Rename("harreragune", 1, "Harreragune – Servicio Vasco de Acogida"));

        var node = await GetNodeAsync("harreragune");
        Assert.NotNull(node);
        Assert.Equal(2, node.Version);
        Assert.Equal(VisitStart, node.CreatedAt);
        Assert.Equal(updatedAt, node.UpdatedAt);
        Assert.Equal(2, result.NodeVersions["harreragune"]);
    }

    [StoreFact]
    public async Task an_update_replaces_the_properties_and_sources_whole()
    {
        await CreateAsync(TestNodes.Institution("smus", "Servicio Municipal de Urgencias Sociales", "SMUS"));
        var properties = new Dictionary<string, object?> { ["name"] = "SMUS Bilbao", ["level"] = "MUNICIPAL" };
        SourceRef[] sources = [new("naiz.eus, 2026-01-29", "https://www.naiz.eus/", null)];

        await WriteAsync(new UpdateNode("smus", 1, properties, sources));

        var node = await GetNodeAsync("smus");
        Assert.NotNull(node);
        AssertSameProperties(properties, node.Properties);
        Assert.Equal(sources, node.Sources);
        Assert.Equal(NodeLabel.Institution, node.Label);
    }

    [StoreFact]
    public async Task an_update_changes_what_text_search_finds()
    {
        await CreateAsync(TestNodes.Institution("harreragune", "Harreragune piloto"));

        await WriteAsync(Rename("harreragune", 1, "Servicio Vasco de Acogida"));

        Assert.Empty(await FindIdsAsync(new NodeQuery { TextContains = "piloto" }));
        Assert.Equal(["harreragune"], await FindIdsAsync(new NodeQuery { TextContains = "acogida" }));
    }

    [StoreFact]
    public async Task property_filters_follow_updates_and_deletions()
    {
        await CreateAsync(
            TestNodes.Institution("smus", "SMUS", level: GovernanceLevel.Municipal),
            TestNodes.Institution("lanbide", "Lanbide", level: GovernanceLevel.Regional));
        var regional = new NodeQuery { Label = NodeLabel.Institution, PropertyIn = new Dictionary<string, IReadOnlyCollection<string>> { ["level"] = ["REGIONAL"] } };
        var withThemes = new NodeQuery { PropertyIn = new Dictionary<string, IReadOnlyCollection<string>> { ["themes"] = ["housing"] } };

        var smus = (await GetNodeAsync("smus"))!;
        var moved = new Dictionary<string, object?>(smus.Properties) { ["level"] = "REGIONAL", ["themes"] = new[] { "employment", "housing" } };
        await WriteAsync(new UpdateNode("smus", 1, moved, smus.Sources));
        Assert.Equal(["lanbide", "smus"], await FindIdsAsync(regional));
        Assert.Equal(["smus"], await FindIdsAsync(withThemes));

        var back = new Dictionary<string, object?>(smus.Properties) { ["level"] = "MUNICIPAL", ["themes"] = new[] { "employment" } };
        await WriteAsync(new UpdateNode("smus", 2, back, smus.Sources));
        Assert.Equal(["lanbide"], await FindIdsAsync(regional));
        Assert.Empty(await FindIdsAsync(withThemes));

        await WriteAsync(new DeleteNode("lanbide", ExpectedVersion: 1, Detach: false));
        Assert.Empty(await FindIdsAsync(regional));
        Assert.Equal(1, (await Store.FindNodesAsync(new NodeQuery { PropertyIn = new Dictionary<string, IReadOnlyCollection<string>> { ["level"] = ["MUNICIPAL"] } }, Ct)).TotalCount);
    }

    [StoreFact]
    public async Task updating_a_missing_node_is_not_found()
    {
        var notFound = await Assert.ThrowsAsync<GraphNotFoundException>(() => WriteAsync(Rename("no-such-node", 1, "Nobody")));

        Assert.Contains("'no-such-node'", notFound.Message, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task the_write_result_reports_the_version_of_every_created_and_updated_node()
    {
        await CreateAsync(TestNodes.Institution("smus", "SMUS"), TestNodes.Institution("lanbide", "Lanbide"));
        await WriteAsync(Rename("lanbide", 1, "Lanbide – Servicio Vasco de Empleo"));

        var result = await WriteAsync(
            new CreateNode(TestNodes.Institution("harreragune", "Harreragune")),
            Rename("harreragune", 1, "Harreragune – Servicio Vasco de Acogida"),
            Rename("lanbide", 2, "Lanbide"),
            new CreateNode(TestNodes.Network("aholku-sarea", "Aholku Sarea")),
            new PutRelationship(TestNodes.Relationship(RelationshipType.MemberOf, "harreragune", "aholku-sarea")));

        Assert.Equal(
            new Dictionary<string, long> { ["harreragune"] = 2, ["lanbide"] = 3, ["aholku-sarea"] = 1 },
            result.NodeVersions);
        Assert.Equal(3, (await GetNodeAsync("lanbide"))?.Version);
    }

    [StoreFact]
    public async Task delete_is_refused_while_relationships_touch_the_node()
    {
        await CreateReferralPathwayAsync();

        var conflict = await Assert.ThrowsAsync<GraphConflictException>(
            () => WriteAsync(new DeleteNode("harreragune", ExpectedVersion: null, Detach: false)));

        Assert.Contains("'harreragune' has 2 relationships", conflict.Message, StringComparison.Ordinal);
        Assert.NotNull(await GetNodeAsync("harreragune"));
        Assert.Equal(2, (await Store.GetSnapshotAsync(Ct)).Relationships.Count);
    }

    [StoreFact]
    public async Task delete_with_detach_removes_the_node_and_its_relationships_only()
    {
        await CreateReferralPathwayAsync();
        await CreateAsync(TestNodes.Institution("biltzen", "Biltzen"));
        await PutAsync(TestNodes.Relationship(RelationshipType.RefersTo, "smus", "biltzen"));

        await WriteAsync(new DeleteNode("harreragune", ExpectedVersion: 1, Detach: true));

        var snapshot = await Store.GetSnapshotAsync(Ct);
        Assert.Equal(["biltzen", "lanbide", "smus"], InIdOrder(snapshot.Nodes.Select(node => node.Id)));
        Assert.Equal(new RelationshipKey(RelationshipType.RefersTo, "smus", "biltzen"), Assert.Single(snapshot.Relationships).Key);
    }

    [StoreFact]
    public async Task delete_without_relationships_removes_the_node()
    {
        await CreateAsync(TestNodes.Institution("biltzen", "Biltzen"));

        await WriteAsync(new DeleteNode("biltzen", ExpectedVersion: 1, Detach: false));

        Assert.Null(await GetNodeAsync("biltzen"));
    }

    [StoreFact]
    public async Task delete_expecting_a_stale_version_is_a_conflict()
    {
        await CreateAsync(TestNodes.Institution("biltzen", "Biltzen"));
        await WriteAsync(Rename("biltzen", 1, "Biltzen – Servicio Vasco de Integración"));

        var conflict = await Assert.ThrowsAsync<GraphConflictException>(
            () => WriteAsync(new DeleteNode("biltzen", ExpectedVersion: 1, Detach: true)));

        Assert.Contains("'biltzen'", conflict.Message, StringComparison.Ordinal);
        Assert.NotNull(await GetNodeAsync("biltzen"));
    }

    [StoreFact]
    public async Task deleting_a_missing_node_is_not_found()
    {
        await Assert.ThrowsAsync<GraphNotFoundException>(() => WriteAsync(new DeleteNode("no-such-node", null, Detach: true)));
    }
}
