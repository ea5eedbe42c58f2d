using System.Text.Json;
using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Seed;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Synthetic;

public sealed class SeedWriterTests
{
    [Fact]
    public void the_sourced_seed_reads_back_equal_after_writing()
    {
        var sourced = SeedReader.Read([RepositoryFile("bilbao.json")]);

        var written = SeedWriter.Write(sourced);

        SeedGraphAssert.Equal(sourced, SeedReader.Read([new SeedFile("written.json", written)]));
    }

    [Fact]
    public void the_illustrative_seed_reads_back_equal_after_writing_and_stays_marked_illustrative()
    {
        var sourced = SeedReader.Read([RepositoryFile("bilbao.json")]);
        var all = SeedReader.Read([RepositoryFile("bilbao.json"), RepositoryFile("illustrative-feedback.json")]);
        var sourcedIds = sourced.Nodes.Select(n => n.Id).ToHashSet();
        var sourcedKeys = sourced.Relationships.Select(r => r.Key).ToHashSet();
        var illustrative = new SeedGraph(
            [.. all.Nodes.Where(n => !sourcedIds.Contains(n.Id))],
            [.. all.Relationships.Where(r => !sourcedKeys.Contains(r.Key))]);

        var written = SeedWriter.Write(illustrative, illustrative: true);

        using var document = JsonDocument.Parse(written);
        Assert.True(document.RootElement.GetProperty("illustrative").GetBoolean());
        SeedGraphAssert.Equal(all, SeedReader.Read([new SeedFile("bilbao.json", SeedWriter.Write(sourced)), new SeedFile("illustrative.json", written)]));
    }

    [Fact]
    public void a_node_and_a_relationship_are_written_flat_with_inline_sources_and_enumerations_as_stored()
    {
        var graph = new SeedGraph(
            [
                Node(NodeLabel.Institution, SeedFacts.Smus, new() { ["name"] = "SMUS", ["level"] = "MUNICIPAL" }, new SourceRef("The report", null, "Homelessness")),
                Node(NodeLabel.Theme, "reception", new() { ["expectedLevels"] = new[] { "MUNICIPAL", "REGIONAL" }, ["acronym"] = null },
                    new SourceRef("A decree", "https://example.org/decree", null)),
            ],
            [
                new RelationshipRecord
                {
                    Type = RelationshipType.RefersTo, FromId = SeedFacts.Smus, ToId = SeedFacts.Harreragune,
                    Properties = new Dictionary<string, object?> { ["theme"] = "reception" },
                    Sources = [new SourceRef("The report", null, null)],
                },
            ]);

        var written = SeedWriter.Write(graph);

        Assert.Equal(
            """
            {
              "illustrative": false,
              "nodes": [
                {
                  "label": "Institution",
                  "id": "smus",
                  "name": "SMUS",
                  "level": "MUNICIPAL",
                  "sources": [
                    {
                      "title": "The report",
                      "locator": "Homelessness"
                    }
                  ]
                },
                {
                  "label": "Theme",
                  "id": "reception",
                  "expectedLevels": [
                    "MUNICIPAL",
                    "REGIONAL"
                  ],
                  "sources": [
                    {
                      "title": "A decree",
                      "url": "https://example.org/decree"
                    }
                  ]
                }
              ],
              "relationships": [
                {
                  "type": "REFERS_TO",
                  "from": "smus",
                  "to": "harreragune",
                  "theme": "reception",
                  "sources": [
                    {
                      "title": "The report"
                    }
                  ]
                }
              ]
            }
            """.ReplaceLineEndings("\n"),
            written.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void accents_are_written_as_text_not_escapes()
    {
        var graph = new SeedGraph([Node(NodeLabel.Institution, SeedFacts.PenascalCooperative, new() { ["name"] = SeedFacts.PenascalName })], []);

        Assert.Contains($"\"name\": \"{SeedFacts.PenascalName}\"", SeedWriter.Write(graph), StringComparison.Ordinal);
    }

    [Fact]
    public void numbers_keep_their_kind_so_a_whole_double_is_not_read_back_as_an_integer()
    {
        var graph = new SeedGraph([Node(NodeLabel.Institution, "x", new() { ["count"] = 3L, ["share"] = 2.0, ["ratio"] = 0.25, ["open"] = true })], []);

        using var document = JsonDocument.Parse(SeedWriter.Write(graph));
        var node = document.RootElement.GetProperty("nodes")[0];

        Assert.Equal("3", node.GetProperty("count").GetRawText());
        Assert.Equal("2.0", node.GetProperty("share").GetRawText());
        Assert.Equal("0.25", node.GetProperty("ratio").GetRawText());
        Assert.True(node.GetProperty("open").GetBoolean());
    }

    [Fact]
    public void a_value_the_format_cannot_carry_is_refused_with_the_property_named()
    {
        var graph = new SeedGraph([Node(NodeLabel.Institution, "x", new() { ["founded"] = new DateOnly(2020, 1, 1) })], []);

        var error = Assert.Throws<ArgumentException>(() => SeedWriter.Write(graph));

        Assert.Contains("'founded'", error.Message, StringComparison.Ordinal);
    }

    private static NodeRecord Node(NodeLabel label, string id, Dictionary<string, object?> properties, SourceRef? source = null) =>
        new() { Id = id, Label = label, Properties = properties, Sources = [source ?? new SourceRef("The report", null, null)] };

    private static SeedFile RepositoryFile(string name) => new(name, File.ReadAllText(Path.Combine(RepositoryPaths.Seed, name)));
}
