using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Neo4j;
using NetworkGraph.Tests.Stores;

namespace NetworkGraph.Tests.Neo4j;

/// <summary>
/// A database written before nodes carried their search terms (only <c>searchText</c>) is searchable again once the
/// store has started on it: <see cref="Neo4jGraphStore.EnsureSchemaAsync"/> fills the terms in, page by page.
/// </summary>
[LiveNeo4j31Required]
[Collection(LiveNeo4j31Engine.Collection)]
public sealed class LiveNeo4j31SearchTermsTests
{
    private static CancellationToken Ct => CancellationToken.None;

    [StoreFact]
    public async Task nodes_without_search_terms_get_them_when_the_store_starts()
    {
        var store = LiveNeo4j31Engine.Store(TimeProvider.System);
        await store.DeleteEverythingAsync(Ct);
        await store.EnsureSchemaAsync(Ct);
        var offices = Enumerable.Range(1, Neo4jGraphStore.SearchFillPage + 20)
            .Select(i => (GraphWrite)new CreateNode(TestNodes.Institution($"a-office-{i:D3}", $"Harreragune office {i}")));
        await store.WriteAsync(WriteBatch.Of([.. offices, new CreateNode(TestNodes.Institution("zz-harreragune", "Harreragune", "HRG"))]), Ct);
        var version = await store.GetGraphVersionAsync(Ct);
        using (await LiveNeo4j31AdapterTests.PostAsync("", "MATCH (n:GraphNode) REMOVE n.searchTerms, n.searchNames, n.searchNameLength", "{}"))
        {
        }
        Assert.Empty((await store.SearchNodesAsync(new NodeSearch { Text = "harreragune" }, Ct)).Nodes);

        await store.EnsureSchemaAsync(Ct);

        var best = await store.SearchNodesAsync(new NodeSearch { Text = "harreragune", First = 1 }, Ct);
        Assert.Equal(["zz-harreragune"], best.Nodes.Select(node => node.Id));
        var all = await store.SearchNodesAsync(new NodeSearch { Text = "office", First = 1_000 }, Ct);
        Assert.Equal(Neo4jGraphStore.SearchFillPage + 20, all.Nodes.Count);
        Assert.Equal(["zz-harreragune"], (await store.SearchNodesAsync(new NodeSearch { Text = "hrg" }, Ct)).Nodes.Select(node => node.Id));
        Assert.Equal(version, await store.GetGraphVersionAsync(Ct));
    }
}
