using Bogus;
using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Seed;
using NetworkGraph.Synthetic;

namespace NetworkGraph.Tests.Synthetic;

public sealed class SyntheticGraphTests
{
    private const int Institutions = 1000;

    [Fact]
    public void the_same_seed_gives_byte_identical_output()
    {
        var first = SeedWriter.Write(SyntheticGraph.Generate(Institutions, seed: 7));
        var second = SeedWriter.Write(SyntheticGraph.Generate(Institutions, seed: 7));

        Assert.Equal(first, second);
    }

    [Fact]
    public void a_different_seed_gives_a_different_graph()
    {
        var first = SeedWriter.Write(SyntheticGraph.Generate(Institutions, seed: 7));
        var second = SeedWriter.Write(SyntheticGraph.Generate(Institutions, seed: 8));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void bogus_global_seed_does_not_change_the_output()
    {
        var before = SeedWriter.Write(SyntheticGraph.Generate(Institutions));
        var original = Randomizer.Seed;
        string after;
        try
        {
            Randomizer.Seed = new Random(1);
            after = SeedWriter.Write(SyntheticGraph.Generate(Institutions));
        }
        finally
        {
            Randomizer.Seed = original;
        }

        Assert.Equal(before, after);
    }

    [Fact]
    public void the_graph_holds_exactly_the_requested_number_of_institutions()
    {
        var graph = SyntheticGraph.Generate(Institutions);

        Assert.Equal(Institutions, graph.Nodes.Count(n => n.Label == NodeLabel.Institution));
    }

    [Fact]
    public void every_label_and_every_relationship_type_is_present()
    {
        var graph = SyntheticGraph.Generate(Institutions);

        Assert.Equal(Enum.GetValues<NodeLabel>().Order(), graph.Nodes.Select(n => n.Label).Distinct().Order());
        Assert.Equal(Enum.GetValues<RelationshipType>().Order(), graph.Relationships.Select(r => r.Type).Distinct().Order());
    }

    [Fact]
    public void the_graph_reads_back_through_the_seed_reader_without_problems()
    {
        var graph = SyntheticGraph.Generate(Institutions);

        var read = SeedReader.Read([new SeedFile("synthetic.json", SeedWriter.Write(graph, illustrative: true))]);

        SeedGraphAssert.Equal(graph, read);
    }

    [Fact]
    public void every_node_is_illustrative_and_every_fact_names_the_generator_and_its_seed_as_source()
    {
        var graph = SyntheticGraph.Generate(Institutions, seed: 42);
        var source = new SourceRef("Synthetic data (generated, fixed seed 42)", null, null);

        Assert.All(graph.Nodes, node => Assert.True(node.GetBool("illustrative"), node.Id));
        Assert.All(graph.Nodes, node => Assert.Equal([source], node.Sources));
        Assert.All(graph.Relationships, relationship => Assert.Equal([source], relationship.Sources));
    }

    [Theory]
    [InlineData(NodeLabel.Institution, "syn-inst-")]
    [InlineData(NodeLabel.Network, "syn-net-")]
    [InlineData(NodeLabel.Meeting, "syn-meet-")]
    [InlineData(NodeLabel.Theme, "syn-theme-")]
    [InlineData(NodeLabel.Responsibility, "syn-resp-")]
    [InlineData(NodeLabel.FeedbackItem, "syn-fb-")]
    [InlineData(NodeLabel.PolicyChange, "syn-policy-")]
    public void ids_are_slugs_with_a_prefix_per_label(NodeLabel label, string prefix)
    {
        var ids = SyntheticGraph.Generate(Institutions).Nodes.Where(n => n.Label == label).Select(n => n.Id).ToList();

        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.True(id.StartsWith(prefix, StringComparison.Ordinal) && Slug.IsValid(id), id));
    }

    [Fact]
    public void fewer_institutions_than_the_minimum_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticGraph.Generate(SyntheticGraph.MinimumInstitutions - 1));
    }
}
