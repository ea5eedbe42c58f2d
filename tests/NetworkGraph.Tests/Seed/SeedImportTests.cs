using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Seed;

namespace NetworkGraph.Tests.Seed;

/// <summary>How an imported graph becomes writes against what the store already holds.</summary>
public sealed class SeedImportTests
{
    private static readonly SeedFile _file = new("input.json", "{}");
    private static readonly NodeRecord _theme = new() { Id = "digital-access", Label = NodeLabel.Theme };
    private static readonly NodeRecord _network = new() { Id = "harreragune-coordination", Label = NodeLabel.Network };
    private static readonly RelationshipRecord _covers = new() { Type = RelationshipType.Covers, FromId = _network.Id, ToId = _theme.Id };

    [Fact]
    public void new_nodes_are_created_stored_ones_replaced_at_the_version_read_and_relationships_put_last()
    {
        var graph = new SeedGraph([_theme, _network], [_covers]);
        var stored = new Dictionary<string, NodeRecord>
        {
            [_network.Id] = _network with { Version = 7, Properties = new Dictionary<string, object?> { ["name"] = "As stored before" }, Sources = [] },
        };

        var writes = SeedImport.Plan(_file, graph, stored);

        Assert.Equal(3, writes.Count);
        Assert.Equal(new CreateNode(_theme), writes[0]);
        var update = Assert.IsType<UpdateNode>(writes[1]);
        Assert.Equal((_network.Id, 7L), (update.Id, update.ExpectedVersion));
        Assert.Same(_network.Properties, update.Properties);
        Assert.Same(_network.Sources, update.Sources);
        Assert.Equal(new PutRelationship(_covers), writes[2]);
    }

    [Fact]
    public void a_node_stored_under_another_label_refuses_the_whole_import_naming_both_labels()
    {
        var stored = new Dictionary<string, NodeRecord> { [_theme.Id] = _theme with { Label = NodeLabel.Institution } };

        var error = Assert.Throws<SeedFormatException>(() => SeedImport.Plan(_file, new SeedGraph([_theme], []), stored));

        Assert.Equal(["input.json: node 'digital-access' is a Theme, but the store holds it as a Institution."], error.Problems);
    }
}
