using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Names;

namespace NetworkGraph.Tests.Stores;

/// <summary>Names per language as every store keeps them: read back as written, and searched like the default name.</summary>
public abstract partial class GraphStoreContract
{
    private static NodeRecord Named(string id, string name, params LocalizedName[] names)
    {
        var node = TestNodes.Institution(id, name);
        return node with { Properties = new Dictionary<string, object?>(node.Properties) { [LocalizedNames.Property] = LocalizedNames.Encode(names) } };
    }

    private static readonly SourceRef _site = new("euskadi.eus", "https://www.euskadi.eus", "site header");

    [StoreFact]
    public async Task names_per_language_come_back_as_written_with_their_official_flag_and_source()
    {
        var government = Named("basque-government", "Basque Government",
            new LocalizedName("eu", "Eusko Jaurlaritza", true, _site), new LocalizedName("es", "Gobierno Vasco", true, _site),
            new LocalizedName("fr", "Gouvernement basque", false));
        await CreateAsync(government);

        var stored = await GetNodeAsync("basque-government");

        AssertSameNode(government, stored);
        Assert.Equal(LocalizedNames.Of(government), LocalizedNames.Of(stored!));
    }

    [StoreFact]
    public async Task a_name_in_any_language_finds_the_node_and_an_exact_one_ranks_it_first()
    {
        await CreateAsync(
            TestNodes.Institution("gobierno-vasco-office", "Office of the Gobierno Vasco in Bilbao"),
            Named("basque-government", "Basque Government", new LocalizedName("es", "Gobierno Vasco", true, _site)));

        Assert.Equal(["basque-government", "gobierno-vasco-office"], await SearchIdsAsync("gobierno vasco"));
        await AssertFoundByBothAsync("gobierno vasco", "basque-government", "gobierno-vasco-office");
    }

    [StoreFact]
    public async Task search_follows_names_that_change_and_disappear()
    {
        var created = await CreateAsync(Named("basque-government", "Basque Government", new LocalizedName("eu", "Eusko Jaurlaritza", true, _site)));

        var renamed = Named("basque-government", "Basque Government", new LocalizedName("es", "Gobierno Vasco", true, _site));
        await WriteAsync(new UpdateNode("basque-government", created.NodeVersions["basque-government"], renamed.Properties, [TestNodes.Report]));
        await AssertFoundByBothAsync("jaurlaritza");
        await AssertFoundByBothAsync("gobierno vasco", "basque-government");

        await WriteAsync(Rename("basque-government", created.NodeVersions["basque-government"] + 1, "Basque Government"));
        await AssertFoundByBothAsync("gobierno vasco");
    }
}
