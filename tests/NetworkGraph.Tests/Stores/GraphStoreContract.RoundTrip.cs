using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Schema;

namespace NetworkGraph.Tests.Stores;

public abstract partial class GraphStoreContract
{
    [StoreTheory]
    [MemberData(nameof(EveryLabel))]
    public async Task round_trips_every_node_label_with_its_properties_and_sources(NodeLabel label)
    {
        var node = TestNodes.OfLabel(label, "the-node");

        await CreateAsync(node);

        AssertSameNode(node, await GetNodeAsync("the-node"));
    }

    [StoreTheory]
    [MemberData(nameof(EveryRelationshipType))]
    public async Task round_trips_every_relationship_type_with_its_properties_and_sources(RelationshipType type)
    {
        var spec = GraphSchema.Relationships[type];
        var relationship = TestNodes.Relationship(type, "from-node", "to-node");
        await CreateAsync(TestNodes.OfLabel(spec.From[0], "from-node"), TestNodes.OfLabel(spec.To[0], "to-node"));

        await PutAsync(relationship);

        var outgoing = await Store.ExpandAsync(["from-node"], Direction.Outgoing, [type], Ct);
        AssertSameRelationship(relationship, Assert.Single(outgoing));
    }

    [StoreFact]
    public async Task round_trips_every_property_value_kind_with_its_dotnet_type()
    {
        // The store keeps what the port allows, whether or not the model uses it yet.
        var properties = new Dictionary<string, object?>
        {
            ["name"] = "Lanbide",
            ["memberCount"] = 13L,
            ["negativeBalance"] = -4_015L,
            ["largest"] = long.MaxValue,
            ["foreignOriginShare"] = 12.4,
            ["wholeDouble"] = 2.0,
            ["tiny"] = 1e-300,
            ["huge"] = 1e300,
            ["illustrative"] = false,
            ["open"] = true,
            ["expectedLevels"] = new[] { "REGIONAL", "NATIONAL" },
            ["noLevels"] = Array.Empty<string>(),
            ["website"] = null,
        };
        var relationship = TestNodes.Relationship(RelationshipType.Funds, "lanbide", "harreragune") with { Properties = properties };
        await CreateAsync(
            TestNodes.Institution("lanbide", "Lanbide", level: GovernanceLevel.Regional) with { Properties = properties },
            TestNodes.Institution("harreragune", "Harreragune"));
        await PutAsync(relationship);

        var node = await GetNodeAsync("lanbide");
        var funds = await Store.ExpandAsync(["lanbide"], Direction.Outgoing, [RelationshipType.Funds], Ct);

        Assert.NotNull(node);
        AssertSameProperties(properties, node.Properties);
        AssertSameRelationship(relationship, Assert.Single(funds));
    }

    [StoreFact]
    public async Task keeps_sources_without_url_or_locator()
    {
        var sources = new[] { TestNodes.Annex, new SourceRef("Decreto 173/2023", "https://www.legegunea.euskadi.eus/", null) };
        await CreateAsync(TestNodes.Institution("lanbide", "Lanbide") with { Sources = sources });

        var node = await GetNodeAsync("lanbide");

        Assert.Equal(sources, node?.Sources);
    }

    [StoreFact]
    public async Task keeps_a_node_without_sources_or_properties()
    {
        await CreateAsync(new NodeRecord { Id = "bare-theme", Label = NodeLabel.Theme });

        var node = await GetNodeAsync("bare-theme");

        Assert.NotNull(node);
        Assert.Empty(node.Properties);
        Assert.Empty(node.Sources);
    }

    [StoreFact]
    public async Task keeps_unicode_and_accented_text_intact()
    {
        var names = new Dictionary<string, string>
        {
            ["penascal"] = "Peñascal Cooperative",
            ["zehar"] = "Zehar-Errefuxiatuekin",
            ["diputacion"] = "Diputación Foral de Bizkaia – Acción Social",
            ["harrera"] = "Harrera zerbitzua: etorkin berriei harrera egiteko euskal zerbitzua 🤝",
            ["ikuspegi"] = "Ikuspegi – Inmigrazioaren Euskal Behatokia «Barómetro» 2025",
        };
        await CreateAsync(names.Select(entry => TestNodes.Institution(entry.Key, entry.Value) with
        {
            Sources = [new SourceRef($"Diputación Foral: {entry.Value}", "https://www.bizkaia.eus/es/acción-social", "§ 3 «Atención»")],
        }).ToArray());

        var nodes = await Store.GetNodesAsync(names.Keys, Ct);

        Assert.Equal(names.Count, nodes.Count);
        foreach (var node in nodes)
        {
            Assert.Equal(names[node.Id], node.GetString("name"));
            Assert.Equal($"Diputación Foral: {names[node.Id]}", Assert.Single(node.Sources).Title);
            Assert.Equal("§ 3 «Atención»", node.Sources[0].Locator);
        }
    }

    [StoreTheory]
    [InlineData("penascal", "penascal-cooperative")]
    [InlineData("PEÑASCAL", "penascal-cooperative")]
    [InlineData("DIPUTACION", "diputacion-foral-bizkaia")]
    [InlineData("foral de bizkaia", "diputacion-foral-bizkaia")]
    [InlineData("Errefuxiatuekin", "zehar-errefuxiatuekin")]
    [InlineData("smus", "smus")]
    [InlineData("urgencias", "smus")]
    public async Task text_search_ignores_case_and_accents(string text, string expectedId)
    {
        await CreateAsync(
            TestNodes.Institution("penascal-cooperative", "Peñascal Cooperative", kind: ActorKind.SocialEnterprise),
            TestNodes.Institution("diputacion-foral-bizkaia", "Diputación Foral de Bizkaia", level: GovernanceLevel.Provincial),
            TestNodes.Institution("zehar-errefuxiatuekin", "Zehar-Errefuxiatuekin", kind: ActorKind.Ngo),
            TestNodes.Institution("smus", "Servicio Municipal de Urgencias Sociales", "SMUS"));

        var found = await FindIdsAsync(new NodeQuery { TextContains = text });

        Assert.Equal([expectedId], found);
    }

    [StoreFact]
    public async Task text_search_finds_nodes_by_title_acronym_and_id()
    {
        await CreateAsync(
            TestNodes.Meeting("harreragune-table-2025", "Mesa de socios de Harreragune"),
            TestNodes.Institution("biltzen", "Servicio Vasco de Integración y Convivencia Intercultural", "Biltzen Zerbitzua"),
            TestNodes.Institution("lanbide", "Servicio Vasco de Empleo"));

        Assert.Equal(["harreragune-table-2025"], await FindIdsAsync(new NodeQuery { TextContains = "mesa de socios" }));
        Assert.Equal(["biltzen"], await FindIdsAsync(new NodeQuery { TextContains = "zerbitzua" }));
        Assert.Equal(["lanbide"], await FindIdsAsync(new NodeQuery { TextContains = "lanbide" }));
        Assert.Equal(["biltzen", "lanbide"], await FindIdsAsync(new NodeQuery { TextContains = "servicio vasco" }));
    }
}
