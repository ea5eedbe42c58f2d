using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Seed;

namespace NetworkGraph.Tests.Seed;

/// <summary>
/// In the seed format an institution's "territory" names a Territory node and stands for its LOCATED_IN; an
/// institution is located in one territory, a territory lies within one other, and WITHIN never goes round.
/// </summary>
public sealed class SeedTerritoryTests
{
    private const string Catalog = """ "sourceCatalog": { "report": { "title": "The report", "url": null } } """;

    private static string Territory(string id, string kind = "MUNICIPALITY") =>
        $$"""{ "label": "Territory", "id": "{{id}}", "name": "{{id}}", "kind": "{{kind}}", "description": "d", "sources": [ { "ref": "report" } ] }""";

    private static string Institution(string id, string? territory) =>
        $$"""{ "label": "Institution", "id": "{{id}}", "name": "{{id}}", "kind": "NGO", "level": "MUNICIPAL", "description": "d", {{(territory is null ? "" : $"\"territory\": \"{territory}\", ")}}"sources": [ { "ref": "report", "locator": "p. 3" } ] }""";

    private static string Within(string from, string to) =>
        $$"""{ "type": "WITHIN", "from": "{{from}}", "to": "{{to}}", "sources": [ { "ref": "report" } ] }""";

    private static SeedGraph Read(string nodes, string relationships = "") =>
        SeedReader.Read([new SeedFile("territories.json", $$"""{ {{Catalog}}, "nodes": [ {{nodes}} ], "relationships": [ {{relationships}} ] }""")]);

    private static IReadOnlyList<string> Problems(string nodes, string relationships = "") =>
        Assert.Throws<SeedFormatException>(() => Read(nodes, relationships)).Problems;

    [Fact]
    public void an_institutions_territory_becomes_its_located_in_with_the_institutions_sources()
    {
        // The institution comes before its territory in the file: the key is checked once the file's nodes are known.
        var graph = Read($"{Institution("harreragune", "bilbao")}, {Territory("bilbao")}");

        var institution = graph.Nodes.Single(n => n.Id == "harreragune");
        Assert.False(institution.Properties.ContainsKey("territory"));
        var located = Assert.Single(graph.Relationships);
        Assert.Equal((RelationshipType.LocatedIn, "harreragune", "bilbao"), (located.Type, located.FromId, located.ToId));
        Assert.Equal(institution.Sources, located.Sources);
    }

    [Fact]
    public void an_institution_without_a_territory_has_none()
    {
        var graph = Read(Institution("local-2030-coalition", null));

        Assert.Empty(graph.Relationships);
    }

    [Fact]
    public void a_territory_that_is_not_a_territory_node_is_named()
    {
        var problems = Problems($"{Institution("harreragune", "Bilbao")}, {Institution("smus", "harreragune")}");

        Assert.Contains("territories.json: nodes[0] (id 'harreragune'): territory: 'territory' names 'Bilbao', which is not a Territory", problems);
        Assert.Contains("territories.json: nodes[1] (id 'smus'): territory: 'territory' names 'harreragune', which is not a Territory", problems);
    }

    [Fact]
    public void an_institution_located_twice_is_refused()
    {
        var problems = Problems(
            $"{Institution("harreragune", "bilbao")}, {Territory("bilbao")}, {Territory("getxo")}",
            """{ "type": "LOCATED_IN", "from": "harreragune", "to": "getxo", "sources": [ { "ref": "report" } ] }""");

        var problem = Assert.Single(problems);
        Assert.StartsWith("territories.json: relationships[0] (LOCATED_IN 'harreragune' -> 'getxo'): 'harreragune' already has its LOCATED_IN at", problem);
    }

    [Fact]
    public void a_territory_within_two_others_is_refused()
    {
        var problems = Problems(
            $"{Territory("bilbao")}, {Territory("bizkaia", "PROVINCE")}, {Territory("gipuzkoa", "PROVINCE")}",
            $"{Within("bilbao", "bizkaia")}, {Within("bilbao", "gipuzkoa")}");

        Assert.StartsWith("territories.json: relationships[1] (WITHIN 'bilbao' -> 'gipuzkoa'): 'bilbao' already has its WITHIN", Assert.Single(problems));
    }

    [Fact]
    public void within_going_round_in_a_circle_is_refused()
    {
        var problems = Problems(
            $"{Territory("a")}, {Territory("b")}, {Territory("c")}",
            $"{Within("a", "b")}, {Within("b", "c")}, {Within("c", "a")}");

        Assert.Equal("WITHIN goes round in a circle: a -> b -> c -> a", Assert.Single(problems));
    }
}
