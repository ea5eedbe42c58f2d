using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Stores;

public abstract partial class GraphStoreContract
{
    [StoreFact]
    public async Task find_by_label_returns_only_nodes_of_that_label()
    {
        await CreateMixedGraphAsync();

        var page = await Store.FindNodesAsync(new NodeQuery { Label = NodeLabel.Network }, Ct);

        Assert.Equal(["aholku-sarea", "eraberean"], page.Nodes.Select(node => node.Id));
        Assert.All(page.Nodes, node => Assert.Equal(NodeLabel.Network, node.Label));
        Assert.Equal(2, page.TotalCount);
    }

    [StoreFact]
    public async Task find_without_a_label_searches_every_label()
    {
        await CreateMixedGraphAsync();

        var page = await Store.FindNodesAsync(new NodeQuery { First = 100 }, Ct);

        Assert.Equal(_mixedGraphIds, page.Nodes.Select(node => node.Id));
        Assert.Equal(_mixedGraphIds.Length, page.TotalCount);
        Assert.False(page.HasNextPage);
    }

    [StoreFact]
    public async Task find_by_a_scalar_property_matches_any_of_the_allowed_values()
    {
        await CreateMixedGraphAsync();

        var found = await FindIdsAsync(new NodeQuery
        {
            Label = NodeLabel.Institution,
            PropertyIn = Allowed("level", "REGIONAL", "PROVINCIAL"),
        });

        Assert.Equal(["diputacion-foral-bizkaia", "lanbide"], found);
    }

    [StoreFact]
    public async Task find_by_a_list_property_matches_when_any_element_is_allowed()
    {
        await CreateMixedGraphAsync();

        var national = await FindIdsAsync(new NodeQuery { PropertyIn = Allowed("expectedLevels", "NATIONAL") });
        var municipalOrEuropean = await FindIdsAsync(new NodeQuery { PropertyIn = Allowed("expectedLevels", "MUNICIPAL", "EUROPEAN") });
        var international = await FindIdsAsync(new NodeQuery { PropertyIn = Allowed("expectedLevels", "INTERNATIONAL") });

        Assert.Equal(["legal-advice"], national);
        Assert.Equal(["employment", "legal-advice"], municipalOrEuropean);
        Assert.Empty(international);
    }

    [StoreFact]
    public async Task a_property_filter_compares_values_as_they_are_stored_without_converting_them()
    {
        NodeRecord Coded(string id, object code) =>
            TestNodes.Theme(id, id) with { Properties = new Dictionary<string, object?>(TestNodes.Theme(id, id).Properties) { ["code"] = code } };
        await CreateAsync(Coded("text-007", "007"), Coded("text-7", "7"), Coded("number-7", 7L), Coded("yes", true));

        Assert.Equal(["text-7"], await FindIdsAsync(new NodeQuery { PropertyIn = Allowed("code", "7") }));
        Assert.Equal(["text-007"], await FindIdsAsync(new NodeQuery { PropertyIn = Allowed("code", "007") }));
        Assert.Empty(await FindIdsAsync(new NodeQuery { PropertyIn = Allowed("code", "7.0", "1", "true") }));
    }

    [StoreFact]
    public async Task find_by_a_property_no_node_has_matches_nothing()
    {
        await CreateMixedGraphAsync();

        Assert.Empty(await FindIdsAsync(new NodeQuery { PropertyIn = Allowed("cadence", "WEEKLY") }));
        Assert.Empty(await FindIdsAsync(new NodeQuery { PropertyIn = Allowed("noSuchProperty", "MUNICIPAL") }));
    }

    [StoreFact]
    public async Task find_by_ids_returns_only_those_ids()
    {
        await CreateMixedGraphAsync();

        var found = await FindIdsAsync(new NodeQuery { IdIn = ["smus", "lanbide", "no-such-node"] });
        var noneAllowed = await FindIdsAsync(new NodeQuery { IdIn = [] });

        Assert.Equal(["lanbide", "smus"], found);
        Assert.Empty(noneAllowed);
    }

    [StoreFact]
    public async Task find_applies_every_condition_together()
    {
        await CreateMixedGraphAsync();

        var page = await Store.FindNodesAsync(
            new NodeQuery
            {
                Label = NodeLabel.Institution,
                PropertyIn = new Dictionary<string, IReadOnlyCollection<string>>
                {
                    ["level"] = ["MUNICIPAL", "REGIONAL"],
                    ["kind"] = ["PUBLIC_SERVICE"],
                },
                IdIn = ["smus", "lanbide", "harreragune", "zehar-errefuxiatuekin", "aholku-sarea"],
                TextContains = "servicio",
            },
            Ct);

        Assert.Equal(["lanbide", "smus"], page.Nodes.Select(node => node.Id));
        Assert.Equal(2, page.TotalCount);
    }

    [StoreFact]
    public async Task total_count_counts_every_match_whatever_the_cursor()
    {
        await CreateMixedGraphAsync();

        var page = await Store.FindNodesAsync(new NodeQuery { Label = NodeLabel.Institution, AfterId = "lanbide", First = 1 }, Ct);

        Assert.Equal(["smus"], page.Nodes.Select(node => node.Id));
        Assert.Equal(5, page.TotalCount);
        Assert.True(page.HasNextPage);
    }

    [StoreFact]
    public async Task first_zero_returns_no_nodes_but_the_count_and_whether_more_follow()
    {
        await CreateMixedGraphAsync();

        var page = await Store.FindNodesAsync(new NodeQuery { Label = NodeLabel.Network, First = 0 }, Ct);

        Assert.Empty(page.Nodes);
        Assert.True(page.HasNextPage);
        Assert.Equal(2, page.TotalCount);
    }

    [StoreFact]
    public async Task a_negative_page_size_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.FindNodesAsync(new NodeQuery { First = -1 }, Ct));
    }

    private static readonly string[] _mixedGraphIds =
    [
        "aholku-sarea", "diputacion-foral-bizkaia", "employment", "eraberean", "harreragune", "lanbide", "legal-advice", "smus",
        "zehar-errefuxiatuekin",
    ];

    private Task<WriteResult> CreateMixedGraphAsync() => CreateAsync(
        TestNodes.Institution("smus", "Servicio Municipal de Urgencias Sociales", "SMUS"),
        TestNodes.Institution("harreragune", "Harreragune"),
        TestNodes.Institution("lanbide", "Lanbide – Servicio Vasco de Empleo", level: GovernanceLevel.Regional),
        TestNodes.Institution("diputacion-foral-bizkaia", "Diputación Foral de Bizkaia", kind: ActorKind.PublicAuthority, level: GovernanceLevel.Provincial),
        TestNodes.Institution("zehar-errefuxiatuekin", "Zehar-Errefuxiatuekin", kind: ActorKind.Ngo),
        TestNodes.Network("aholku-sarea", "Aholku Sarea", NetworkKind.NetworkOfNetworks),
        TestNodes.Network("eraberean", "Eraberean"),
        TestNodes.Theme("legal-advice", "Legal advice", GovernanceLevel.Regional, GovernanceLevel.National, GovernanceLevel.European),
        TestNodes.Theme("employment", "Employment", GovernanceLevel.Municipal, GovernanceLevel.Regional));

    private static Dictionary<string, IReadOnlyCollection<string>> Allowed(string property, params string[] values) =>
        new() { [property] = values };
}
