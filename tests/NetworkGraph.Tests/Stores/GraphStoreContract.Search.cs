using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Stores;

/// <summary>
/// Search as the store ranks it (<see cref="IGraphStore.SearchNodesAsync"/>) and the list filter on text
/// (<see cref="NodeQuery.TextContains"/>): the same matching on every store, whatever index serves it.
/// </summary>
public abstract partial class GraphStoreContract
{
    private async Task<IReadOnlyList<string>> SearchIdsAsync(string text, int first = 100, int skip = 0) =>
        (await Store.SearchNodesAsync(new NodeSearch { Text = text, First = first, Skip = skip }, Ct)).Nodes.Select(node => node.Id).ToList();

    /// <summary>Both ways of finding by text: the ranked search (as a set) and the filter of lists (in id order).</summary>
    private async Task AssertFoundByBothAsync(string text, params string[] expectedIds)
    {
        Assert.Equal(expectedIds.Order(StringComparer.Ordinal), (await SearchIdsAsync(text)).Order(StringComparer.Ordinal));
        Assert.Equal(expectedIds.Order(StringComparer.Ordinal), await FindIdsAsync(new NodeQuery { TextContains = text, First = 100 }));
    }

    [StoreTheory]
    [InlineData("penascal")]
    [InlineData("PEÑASCAL")]
    [InlineData("Peñascal")]
    [InlineData("Pen\u0303ascal")]
    [InlineData("peñascal coop")]
    [InlineData("ÑA")]
    public async Task search_ignores_case_and_accents_in_the_text_and_in_the_names(string text)
    {
        await CreateAsync(
            TestNodes.Institution("penascal-cooperative", "Peñascal Cooperative", kind: ActorKind.SocialEnterprise),
            TestNodes.Institution("lanbide", "Lanbide"));

        await AssertFoundByBothAsync(text, "penascal-cooperative");
    }

    [StoreFact]
    public async Task search_ranks_exact_matches_then_name_prefixes_then_the_rest_then_shorter_names_then_ids()
    {
        await CreateAsync(
            TestNodes.Institution("port-of-bilbao", "Port of Bilbao"),
            TestNodes.Institution("bilbao-metropoli-30", "Bilbao Metropoli-30"),
            TestNodes.Institution("bilbao-city-council", "Bilbao City Council"),
            TestNodes.Institution("bilbao-ekintza", "Bilbao Ekintza"),
            TestNodes.Territory("zz-bilbao", "Bilbao"),
            TestNodes.Institution("abc", "Ayuntamiento de Bilbao", "BILBAO"),
            TestNodes.Institution("lanbide", "Lanbide"));

        Assert.Equal(
            ["zz-bilbao", "abc", "bilbao-ekintza", "bilbao-city-council", "bilbao-metropoli-30", "port-of-bilbao"],
            await SearchIdsAsync("Bilbao"));
    }

    [StoreFact]
    public async Task search_ranks_an_exact_id_or_acronym_like_an_exact_name()
    {
        await CreateAsync(
            TestNodes.Institution("smus-annex", "Smus annex"),
            TestNodes.Institution("zz-urgencias", "Servicio Municipal de Urgencias Sociales", "SMUS"),
            TestNodes.Institution("smus", "Urgencias"));

        Assert.Equal(["smus", "zz-urgencias", "smus-annex"], await SearchIdsAsync("smus"));
    }

    [StoreFact]
    public async Task an_exact_match_with_a_late_id_is_first_on_a_page_of_one_whatever_the_number_of_matches()
    {
        await WriteAsync([.. Enumerable.Range(1, 150).Select(i =>
            (GraphWrite)new CreateNode(TestNodes.Institution($"a-office-{i:D3}", $"Harreragune office {i}")))]);
        await CreateAsync(TestNodes.Institution("zz-harreragune", "Harreragune"));

        var page = await Store.SearchNodesAsync(new NodeSearch { Text = "harreragune", First = 1 }, Ct);

        Assert.Equal(["zz-harreragune"], page.Nodes.Select(node => node.Id));
        Assert.True(page.HasMore);
    }

    [StoreFact]
    public async Task slices_of_the_ranking_follow_one_another_without_gap_or_repeat()
    {
        await CreateAsync(
            TestNodes.Institution("c-lanbide", "Lanbide"),
            TestNodes.Institution("b-lanbide-bilbao", "Lanbide Bilbao"),
            TestNodes.Institution("a-lanbide-barakaldo", "Lanbide Barakaldo"),
            TestNodes.Institution("d-employment", "Employment service of Lanbide"));
        var whole = await SearchIdsAsync("lanbide");

        var first = await Store.SearchNodesAsync(new NodeSearch { Text = "lanbide", First = 2 }, Ct);
        var second = await Store.SearchNodesAsync(new NodeSearch { Text = "lanbide", First = 2, Skip = 2 }, Ct);
        var beyond = await Store.SearchNodesAsync(new NodeSearch { Text = "lanbide", First = 2, Skip = 4 }, Ct);

        Assert.Equal(["c-lanbide", "b-lanbide-bilbao", "a-lanbide-barakaldo", "d-employment"], whole);
        Assert.Equal(whole, [.. first.Nodes.Select(n => n.Id), .. second.Nodes.Select(n => n.Id)]);
        Assert.True(first.HasMore);
        Assert.False(second.HasMore);
        Assert.Empty(beyond.Nodes);
    }

    [StoreFact]
    public async Task a_slice_that_exact_and_prefix_matches_just_fill_still_says_that_other_matches_follow()
    {
        await CreateAsync(
            TestNodes.Institution("zz-ola", "Ola"),
            TestNodes.Institution("olabe", "Olabe"),
            TestNodes.Institution("kale-ola", "Kale ola"));

        var two = await Store.SearchNodesAsync(new NodeSearch { Text = "ola", First = 2 }, Ct);
        var three = await Store.SearchNodesAsync(new NodeSearch { Text = "ola", First = 3 }, Ct);
        var last = await Store.SearchNodesAsync(new NodeSearch { Text = "ola", First = 1, Skip = 2 }, Ct);

        Assert.Equal(["zz-ola", "olabe"], two.Nodes.Select(node => node.Id));
        Assert.True(two.HasMore);
        Assert.Equal(["zz-ola", "olabe", "kale-ola"], three.Nodes.Select(node => node.Id));
        Assert.False(three.HasMore);
        Assert.Equal(["kale-ola"], last.Nodes.Select(node => node.Id));
    }

    [StoreTheory]
    [InlineData("z", new[] { "zehar-errefuxiatuekin", "bizkaia" })]
    [InlineData("Ñ", new[] { "penascal-cooperative", "zehar-errefuxiatuekin" })]
    [InlineData("ka", new[] { "bizkaia", "penascal-cooperative" })]
    [InlineData("-e", new[] { "zehar-errefuxiatuekin" })]
    public async Task one_or_two_characters_find_what_they_lie_within(string text, string[] expectedIds)
    {
        await CreateAsync(
            TestNodes.Institution("penascal-cooperative", "Peñascal Cooperative Kalea"),
            TestNodes.Institution("zehar-errefuxiatuekin", "Zehar-Errefuxiatuekin"),
            TestNodes.Territory("bizkaia", "Bizkaia"));

        await AssertFoundByBothAsync(text, expectedIds);
    }

    [StoreFact]
    public async Task short_texts_are_ranked_like_long_ones()
    {
        await CreateAsync(
            TestNodes.Institution("zz-ola", "Ola"),
            TestNodes.Institution("olaberria", "Olaberria"),
            TestNodes.Institution("ab", "Kale ola"));

        Assert.Equal(["zz-ola", "olaberria", "ab"], await SearchIdsAsync("ola"));
        Assert.Equal(["zz-ola", "olaberria", "ab"], await SearchIdsAsync("ol"));
        Assert.Equal(["ab", "olaberria"], await SearchIdsAsync("ab"));
    }

    [StoreFact]
    public async Task a_text_of_two_hundred_characters_finds_the_name_it_is_and_nothing_else()
    {
        var name = string.Concat(Enumerable.Repeat("Mesa de coordinación ", 10))[..200];
        await CreateAsync(
            TestNodes.Network("long-table", name),
            TestNodes.Network("short-table", "Mesa de coordinación"));

        Assert.Equal(["long-table"], await SearchIdsAsync(name.ToUpperInvariant()));
        Assert.Equal(["long-table"], await FindIdsAsync(new NodeQuery { TextContains = name }));
        Assert.Empty(await SearchIdsAsync(name[..199] + "x"));
    }

    [StoreTheory]
    [InlineData("\"harreragune\"", new[] { "quoted" })]
    [InlineData("\"", new[] { "quoted" })]
    [InlineData("(2025)", new[] { "quoted" })]
    [InlineData("(", new[] { "quoted" })]
    [InlineData("a*b", new[] { "starred" })]
    [InlineData("*", new[] { "starred" })]
    [InlineData("zehar-err", new[] { "zehar-errefuxiatuekin" })]
    [InlineData("-errefux", new[] { "zehar-errefuxiatuekin" })]
    [InlineData("work or study", new[] { "either" })]
    [InlineData("OR", new[] { "either" })]
    [InlineData("work OR zehar", new string[0])]
    [InlineData("NEAR(work study)", new string[0])]
    [InlineData("harre*", new string[0])]
    [InlineData("-zehar", new string[0])]
    [InlineData("^work", new string[0])]
    [InlineData("name: work", new string[0])]
    [InlineData("%", new string[0])]
    [InlineData("_", new string[0])]
    public async Task query_syntax_in_the_text_is_text_to_find(string text, string[] expectedIds)
    {
        await CreateAsync(
            TestNodes.Meeting("quoted", "Mesa \"Harreragune\" (2025)"),
            TestNodes.Network("starred", "Red A*B"),
            TestNodes.Institution("zehar-errefuxiatuekin", "Zehar-Errefuxiatuekin"),
            TestNodes.Theme("either", "Work OR Study"));

        await AssertFoundByBothAsync(text, expectedIds);
    }

    [StoreFact]
    public async Task a_text_matches_within_one_name_never_across_the_id_the_name_and_the_acronym()
    {
        await CreateAsync(TestNodes.Institution("biltzen", "Servicio Vasco de Integración", "Biltzen Zerbitzua"));

        await AssertFoundByBothAsync("biltzen zerbitzua", "biltzen");
        await AssertFoundByBothAsync("biltzen servicio");
        await AssertFoundByBothAsync("integracion biltzen");
    }

    [StoreFact]
    public async Task search_sees_creations_renames_and_deletions_at_once()
    {
        var created = await CreateAsync(
            TestNodes.Institution("harreragune", "Harreragune"),
            TestNodes.Institution("lanbide", "Lanbide"));

        await WriteAsync(Rename("harreragune", created.NodeVersions["harreragune"], "Servicio de Acogida"));
        await AssertFoundByBothAsync("harreragune", "harreragune");
        await AssertFoundByBothAsync("acogida", "harreragune");
        await AssertFoundByBothAsync("servicio de", "harreragune");

        await WriteAsync(Rename("harreragune", created.NodeVersions["harreragune"] + 1, "Oficina Municipal"));
        await AssertFoundByBothAsync("acogida");
        Assert.Equal(["harreragune"], await SearchIdsAsync("oficina municipal"));

        await WriteAsync(new DeleteNode("lanbide", created.NodeVersions["lanbide"], Detach: false));
        await AssertFoundByBothAsync("lanbide");
        await AssertFoundByBothAsync("la");
    }
}
