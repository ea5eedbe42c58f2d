using System.Diagnostics;
using System.Text.Json.Nodes;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Exports;

/// <summary>
/// The GraphML and GEXF exports of the seed read by a reader nobody here wrote, NetworkX (Debian's python3-networkx),
/// which must find exactly the nodes, edges and attribute values the GraphQL API answers.
/// </summary>
public sealed class NetworkxReaderTests : IAsyncLifetime
{
    /// <summary>Debian's interpreter, where python3-networkx installs; .ci/run installs the package.</summary>
    private const string Python = "/usr/bin/python3";

    private readonly NetworkGraphApp _app = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("networkgraph-exports-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task networkx_reads_the_coordination_exports_as_the_api_answers_the_coordination_graph()
    {
        var read = await ReadAsync("coordination.graphml", "coordination.gexf");

        var institutions = await ExpectedGraph.InstitutionsAsync(_app);
        var links = await ExpectedGraph.LinksAsync(_app, [.. institutions.Select(i => i.Id)]);
        Assert.Contains(institutions, i => i.Territory.Length > 0);
        Assert.Contains(links, link => link.Weight > 1);
        foreach (var (file, graph) in read)
        {
            Assert.False(graph["directed"]!.GetValue<bool>(), file);
            var nodes = graph["nodes"]!.AsObject();
            Assert.Equal(institutions.Select(i => i.Id), nodes.Select(n => n.Key).Order(StringComparer.Ordinal));
            foreach (var institution in institutions)
            {
                var attrs = nodes[institution.Id]!;
                Assert.Equal(institution, new ExpectedGraph.Institution(institution.Id, attrs.Text("name"), attrs.Text("level"), attrs.Text("kind"),
                    attrs["territory"]?.GetValue<string>() ?? "", attrs["illustrative"]!.GetValue<bool>()));
            }
            var edges = graph["edges"]!.AsArray().Select(edge => edge!).Select(edge =>
            {
                var ends = new[] { edge.Text("source"), edge.Text("target") }.Order(StringComparer.Ordinal).ToArray();
                Assert.Equal($"{ends[0]}--{ends[1]}", edge.Text("id"));
                var attrs = edge["attrs"]!;
                return new ExpectedGraph.Link(ends[0], ends[1], (int)attrs["weight"]!.GetValue<double>(), attrs.Text("kinds"));
            });
            Assert.Equal(links, edges.OrderBy(link => link.Source, StringComparer.Ordinal).ThenBy(link => link.Target, StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task networkx_reads_the_whole_graph_exports_as_the_api_answers_the_graph()
    {
        var reader = TestTokens.Signed("reader");
        var read = await ReadAsync("graph.graphml", "graph.gexf");

        var expected = await ExpectedGraph.NodesAsync(_app, reader);
        var memberships = (await _app.AllAsync("institutions", "InstitutionWhere", "id memberships { network { id } role }"))
            .SelectMany(i => i["memberships"]!.AsArray().Select(m => ($"{i.Text("id")}:MEMBER_OF:{m!["network"]!.Text("id")}", m.Text("role"))))
            .ToDictionary(m => m.Item1, m => m.Item2);
        var snapshot = await _app.Store.GetSnapshotAsync(CancellationToken.None);
        var relationships = snapshot.Relationships.Select(r => $"{r.FromId}:{NetworkGraph.Core.Graph.ConstantCase.ToText(r.Type)}:{r.ToId}").Order(StringComparer.Ordinal);
        foreach (var (file, graph) in read)
        {
            Assert.True(graph["directed"]!.GetValue<bool>(), file);
            var nodes = graph["nodes"]!.AsObject();
            Assert.Equal(expected.Keys, nodes.Select(n => n.Key).Order(StringComparer.Ordinal));
            Assert.All(nodes, n => Assert.Equal(expected[n.Key], (n.Value!.Text("type"), n.Value!["name"]?.GetValue<string>() ?? n.Value!.Text("title"))));
            Assert.Contains(nodes, n => n.Value!.Text("type") == "Theme" && n.Value!.Text("expectedLevels").Contains('|', StringComparison.Ordinal));
            var edges = graph["edges"]!.AsArray().Select(edge => edge!).ToList();
            Assert.All(edges, edge => Assert.Equal($"{edge.Text("source")}:{edge["attrs"]!.Text("type")}:{edge.Text("target")}", edge.Text("id")));
            Assert.Equal(relationships, edges.Select(edge => edge.Text("id")).Order(StringComparer.Ordinal));
            Assert.Equal(memberships, edges.Where(e => e["attrs"]!.Text("type") == "MEMBER_OF").ToDictionary(e => e.Text("id"), e => e["attrs"]!.Text("role")));
        }
    }

    [Fact]
    public async Task networkx_reads_when_a_dated_link_holds_from_the_gexf_spells_and_both_formats_keep_its_dates()
    {
        await _app.PutEndedReferralAsync();
        await _app.WriteAsync("""
            mutation { putMembership(input: { institutionId: "lanbide", networkId: "harreragune-coordination", role: OBSERVER, validFrom: "2024-05-01",
              sources: [{ title: "Test membership" }] }) { id } }
            """);

        var read = await ReadAsync("graph.graphml", "graph.gexf");

        foreach (var (file, graph) in read)
        {
            var edges = graph["edges"]!.AsArray().Select(edge => edge!).ToDictionary(edge => edge.Text("id"), edge => edge["attrs"]!);
            var referral = edges["lanbide:REFERS_TO:penascal-cooperative"];
            var membership = edges["lanbide:MEMBER_OF:harreragune-coordination"];
            Assert.Equal(("2020-01-01", "2021-01-01"), (referral.Text("validFrom"), referral.Text("validTo")));
            Assert.Equal("2024-05-01", membership.Text("validFrom"));
            Assert.Null(membership["validTo"]);
            if (file.EndsWith(".gexf", StringComparison.Ordinal))
            {
                // GEXF spells include both days: the link held until the day before validTo. NetworkX reads an open end as "None".
                Assert.Equal("""[["2020-01-01","2020-12-31"]]""", referral["spells"]!.ToJsonString());
                Assert.Equal("""[["2024-05-01","None"]]""", membership["spells"]!.ToJsonString());
                Assert.Null(edges.Values.First(e => e.Text("type") == "OF")["spells"]);
            }
        }
    }

    private async Task<List<(string File, JsonNode Graph)>> ReadAsync(params string[] files)
    {
        var paths = new List<string>();
        foreach (var file in files)
        {
            var path = Path.Combine(_folder, file);
            await File.WriteAllBytesAsync(path, await _app.ExportAsync("/export/" + file));
            paths.Add(path);
        }
        var start = new ProcessStartInfo(Python);
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Exports", "read_exports.py"));
        paths.ForEach(start.ArgumentList.Add);
        var (exitCode, output, errors) = await TestProcess.RunAsync(start, TimeSpan.FromMinutes(2));
        Assert.True(exitCode == 0, $"NetworkX could not read the exports (exit {exitCode}); is python3-networkx installed?\n{errors}");
        var read = JsonNode.Parse(output)!.AsObject();
        return [.. paths.Select((path, i) => (files[i], read[path]!))];
    }
}
