using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Stores;

public abstract partial class GraphStoreContract
{
    [StoreFact]
    public async Task pages_of_two_over_five_nodes_yield_every_node_once_in_id_order()
    {
        string[] ids = ["eraberean", "aholku-sarea", "harreragune-partners", "biltzen-network", "ikuspegi-forum"];
        await CreateAsync(ids.Select(id => TestNodes.Network(id, id)).ToArray());

        var pages = new List<NodePage>();
        string? after = null;
        do
        {
            var page = await Store.FindNodesAsync(new NodeQuery { Label = NodeLabel.Network, First = 2, AfterId = after }, Ct);
            pages.Add(page);
            after = page.Nodes.Count > 0 ? page.Nodes[^1].Id : null;
        }
        while (pages[^1].HasNextPage && pages.Count < 10);

        Assert.Equal([2, 2, 1], pages.Select(page => page.Nodes.Count));
        Assert.Equal([true, true, false], pages.Select(page => page.HasNextPage));
        Assert.All(pages, page => Assert.Equal(5, page.TotalCount));
        Assert.Equal(InIdOrder(ids), pages.SelectMany(page => page.Nodes).Select(node => node.Id));
    }

    [StoreFact]
    public async Task a_page_after_the_last_node_is_empty_and_final()
    {
        await CreateAsync(TestNodes.Network("aholku-sarea", "Aholku Sarea"), TestNodes.Network("eraberean", "Eraberean"));

        var page = await Store.FindNodesAsync(new NodeQuery { AfterId = "eraberean" }, Ct);

        Assert.Empty(page.Nodes);
        Assert.False(page.HasNextPage);
        Assert.Equal(2, page.TotalCount);
    }

    [StoreFact]
    public async Task pagination_neither_repeats_nor_skips_nodes_when_others_are_inserted_between_pages()
    {
        string[] existing = ["node-b", "node-d", "node-f", "node-h", "node-j", "node-l"];
        await CreateAsync(existing.Select(id => TestNodes.Theme(id, $"Theme {id}", GovernanceLevel.Regional)).ToArray());
        // Inserted after reading the page that ends at the key: one id before that cursor, one after it.
        var insertions = new Dictionary<string, string[]>
        {
            ["node-d"] = ["node-a", "node-e"],
            ["node-f"] = ["node-c", "node-g"],
            ["node-h"] = ["node-bb", "node-m"],
        };

        var seen = new List<string>();
        string? after = null;
        var pageReads = 0;
        bool hasNextPage;
        do
        {
            var page = await Store.FindNodesAsync(new NodeQuery { Label = NodeLabel.Theme, First = 2, AfterId = after }, Ct);
            seen.AddRange(page.Nodes.Select(node => node.Id));
            after = seen[^1];
            hasNextPage = page.HasNextPage;
            if (insertions.TryGetValue(after, out var inserted))
            {
                await CreateAsync(inserted.Select(id => TestNodes.Theme(id, $"Theme {id}", GovernanceLevel.Municipal)).ToArray());
            }
        }
        while (hasNextPage && ++pageReads < 20);

        Assert.Equal(seen.Distinct(), seen);
        Assert.All(existing, id => Assert.Contains(id, seen));
        // Nodes inserted beyond the cursor turn up on later pages, those behind it do not: keyset pagination reads the live graph.
        Assert.Equal(["node-b", "node-d", "node-e", "node-f", "node-g", "node-h", "node-j", "node-l", "node-m"], seen);
    }
}
