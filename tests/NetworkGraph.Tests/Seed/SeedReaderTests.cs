using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Seed;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Seed;

public sealed class SeedReaderTests
{
    private const string Catalog = """ "sourceCatalog": { "report": { "title": "The report", "url": null } } """;

    [Fact]
    public void the_repository_seed_reads_without_problems_and_every_fact_has_a_source()
    {
        var seed = SeedReader.Read(RepositorySeedFiles());

        Assert.NotEmpty(seed.Nodes);
        Assert.All(seed.Nodes, node => Assert.NotEmpty(node.Sources));
        Assert.All(seed.Relationships, relationship => Assert.NotEmpty(relationship.Sources));
    }

    [Fact]
    public void every_node_of_the_illustrative_file_is_marked_illustrative_and_no_sourced_node_is()
    {
        var files = RepositorySeedFiles();
        var sourced = SeedReader.Read([files[0]]);
        var all = SeedReader.Read(files);

        var illustrative = all.Nodes.Where(node => sourced.Nodes.All(s => s.Id != node.Id)).ToList();
        Assert.NotEmpty(illustrative);
        Assert.All(illustrative, node => Assert.True(node.GetBool("illustrative")));
        Assert.All(sourced.Nodes, node => Assert.False(node.GetBool("illustrative")));
    }

    [Fact]
    public void the_seed_holds_the_institutions_the_report_met()
    {
        string[] met =
        [
            "bilbao-city-council", "basque-government", "local-2030-coalition", "ikuspegi", "smus", "lanbide", "harreragune",
            "arrupe-etxea", "state-subdelegation-bizkaia", "bizkaia-provincial-council", "penascal-cooperative", "trapezistak", "diversitours",
        ];
        var ids = SeedReader.Read(RepositorySeedFiles()).Nodes.Where(n => n.Label == NodeLabel.Institution).Select(n => n.Id).ToHashSet();

        Assert.All(met, id => Assert.Contains(id, ids));
    }

    [Fact]
    public void a_malformed_entry_is_reported_with_the_file_the_entry_and_the_problem()
    {
        var file = new SeedFile("broken.json", $$"""
            { {{Catalog}},
              "nodes": [
                { "label": "Institution", "id": "smus", "name": "SMUS", "kind": "NGO", "level": "CITY",
                  "description": "x", "sources": [ { "ref": "report" } ] }
              ] }
            """);

        var error = Assert.Throws<SeedFormatException>(() => SeedReader.Read([file]));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(
            "broken.json: nodes[0] (id 'smus'): property 'level' 'CITY' is not a GovernanceLevel; expected one of MUNICIPAL, PROVINCIAL, REGIONAL, NATIONAL, EUROPEAN, INTERNATIONAL",
            problem);
    }

    [Theory]
    [InlineData("""{ "label": "Institution", "id": "Bad Id", "name": "n", "kind": "NGO", "level": "MUNICIPAL", "description": "d", "sources": [ { "ref": "report" } ] }""",
        "nodes[0] (id 'Bad Id'): id 'Bad Id' is not a lowercase kebab-case slug")]
    [InlineData("""{ "label": "Institution", "id": "x", "kind": "NGO", "level": "MUNICIPAL", "description": "d", "sources": [ { "ref": "report" } ] }""",
        "nodes[0] (id 'x'): property 'name' is required")]
    [InlineData("""{ "label": "Institution", "id": "x", "name": "n", "kind": "NGO", "level": "MUNICIPAL", "description": "d" }""",
        "nodes[0]: 'sources' must list at least one source")]
    [InlineData("""{ "label": "Person", "id": "x", "sources": [ { "ref": "report" } ] }""",
        "nodes[0]: 'label' must be one of")]
    [InlineData("""{ "label": "Institution", "id": "x", "name": "n", "kind": "NGO", "level": "MUNICIPAL", "description": "d", "passport": "X", "sources": [ { "ref": "report" } ] }""",
        "nodes[0] (id 'x'): property 'passport' is not part of the model")]
    [InlineData("""{ "label": "Institution", "id": "x", "name": "n", "kind": "NGO", "level": "MUNICIPAL", "description": "d", "sources": [ { "ref": "nowhere" } ] }""",
        "nodes[0]: sources[0] refers to 'nowhere', which is not in the sourceCatalog")]
    [InlineData("""{ "label": "Institution", "id": "x", "name": "n", "kind": "NGO", "level": "MUNICIPAL", "description": "d", "names": { "eu": "Izena" }, "sources": [ { "ref": "report" } ] }""",
        "nodes[0] (id 'x'): property 'names' [0] is official but has no source")]
    [InlineData("""{ "label": "Institution", "id": "x", "name": "n", "kind": "NGO", "level": "MUNICIPAL", "description": "d", "names": { "eu": { "text": "Izena", "offical": false } }, "sources": [ { "ref": "report" } ] }""",
        "nodes[0]: names.eu has 'offical', which a name does not have")]
    [InlineData("""{ "label": "Institution", "id": "x", "name": "n", "kind": "NGO", "level": "MUNICIPAL", "description": "d", "names": { "eu": { "text": "Izena", "official": "no" } }, "sources": [ { "ref": "report" } ] }""",
        "nodes[0]: names.eu.official must be true or false")]
    [InlineData("""{ "label": "Institution", "id": "x", "name": "n", "kind": "NGO", "level": "MUNICIPAL", "description": "d", "nameSource": { "ref": "report" }, "sources": [ { "ref": "report" } ] }""",
        "nodes[0]: 'nameSource' is given but there are no 'names'")]
    [InlineData("""{ "label": "Meeting", "id": "x", "title": "t", "date": "2025-01-01", "summary": "s", "names": { "eu": { "text": "Izena", "official": false } }, "sources": [ { "ref": "report" } ] }""",
        "nodes[0] (id 'x'): property 'names' is not part of the model")]
    public void each_kind_of_node_problem_is_named(string node, string expected)
    {
        var file = new SeedFile("broken.json", $$"""{ {{Catalog}}, "nodes": [ {{node}} ] }""");

        var error = Assert.Throws<SeedFormatException>(() => SeedReader.Read([file]));

        Assert.Contains(error.Problems, p => p.StartsWith("broken.json: " + expected, StringComparison.Ordinal));
    }

    [Fact]
    public void names_per_language_read_as_official_with_the_name_source_or_as_translations_and_write_back_the_same()
    {
        var file = new SeedFile("names.json", $$"""
            { {{Catalog}},
              "nodes": [ { "label": "Institution", "id": "x", "name": "n", "kind": "NGO", "level": "MUNICIPAL", "description": "d",
                "names": { "eu": "Izena", "es": { "text": "Nombre", "official": false, "source": { "title": "A glossary" } }, "fr": { "text": "Nom", "source": { "ref": "report", "locator": "p. 3" } } },
                "nameSource": { "ref": "report", "locator": "p. 1" }, "sources": [ { "ref": "report" } ] } ] }
            """);

        var node = Assert.Single(SeedReader.Read([file]).Nodes);

        Assert.Equal(
            [
                new("es", "Nombre", false, new SourceRef("A glossary", null, null)),
                new("eu", "Izena", true, new SourceRef("The report", null, "p. 1")),
                new Core.Names.LocalizedName("fr", "Nom", true, new SourceRef("The report", null, "p. 3")),
            ],
            Core.Names.LocalizedNames.Of(node));
        var written = SeedWriter.Write(new SeedGraph([node], []));
        Assert.Equal(node.Properties["names"], Assert.Single(SeedReader.Read([new SeedFile("again.json", written)]).Nodes).Properties["names"]);
    }

    [Fact]
    public void a_relationship_to_a_missing_node_or_of_the_wrong_labels_is_named()
    {
        var file = new SeedFile("broken.json", $$"""
            { {{Catalog}},
              "nodes": [ { "label": "Theme", "id": "housing", "name": "Housing", "description": "d", "expectedLevels": ["MUNICIPAL"], "sources": [ { "ref": "report" } ] } ],
              "relationships": [
                { "type": "MEMBER_OF", "from": "housing", "to": "ghost-table", "role": "MEMBER", "sources": [ { "ref": "report" } ] }
              ] }
            """);

        var error = Assert.Throws<SeedFormatException>(() => SeedReader.Read([file]));

        Assert.Contains("broken.json: relationships[0] (MEMBER_OF 'housing' -> 'ghost-table'): 'from' of MEMBER_OF must be Institution, but 'housing' is Theme", error.Problems);
        Assert.Contains("broken.json: relationships[0] (MEMBER_OF 'housing' -> 'ghost-table'): 'to' names 'ghost-table', which is not a node", error.Problems);
    }

    [Fact]
    public void invalid_json_names_the_file()
    {
        var error = Assert.Throws<SeedFormatException>(() => SeedReader.Read([new SeedFile("broken.json", "{ nodes: ")]));

        Assert.StartsWith("broken.json: not valid JSON", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"nodes\": [] } { }")]
    [InlineData("{ \"nodes\": [] } x")]
    [InlineData("")]
    public void a_document_must_be_exactly_one_json_value(string json)
    {
        var error = Assert.Throws<SeedFormatException>(() => SeedReader.Read([new SeedFile("broken.json", json)]));

        Assert.StartsWith("broken.json: not valid JSON", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void comments_and_white_space_after_the_document_are_allowed()
    {
        var graph = SeedReader.Read([new SeedFile("empty.json", "{ \"nodes\": [], \"relationships\": [] }\n// the end\n  ")]);

        Assert.Empty(graph.Nodes);
    }

    [Fact]
    public void an_illustrative_file_must_mark_every_node()
    {
        var file = new SeedFile("demo.json", $$"""
            { "illustrative": true, {{Catalog}},
              "nodes": [ { "label": "Theme", "id": "housing", "name": "Housing", "description": "d", "expectedLevels": ["MUNICIPAL"], "sources": [ { "ref": "report" } ] } ] }
            """);

        var error = Assert.Throws<SeedFormatException>(() => SeedReader.Read([file]));

        Assert.Equal("demo.json: nodes[0] (id 'housing'): every node of an illustrative file must have \"illustrative\": true", Assert.Single(error.Problems));
    }

    private static List<SeedFile> RepositorySeedFiles() =>
        new[] { "bilbao.json", "illustrative-feedback.json", "illustrative-territory.json" }
            .Select(name => new SeedFile(name, File.ReadAllText(Path.Combine(RepositoryPaths.Seed, name))))
            .ToList();
}
