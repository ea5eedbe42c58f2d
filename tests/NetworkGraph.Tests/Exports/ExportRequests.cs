using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Exports;

/// <summary>Downloads from /export/ through the in-process service, and what the tests read out of them.</summary>
public static class ExportRequests
{
    public static readonly XNamespace GraphML = "http://graphml.graphdrawing.org/xmlns";

    public static readonly string[] Paths =
    [
        "/export/coordination.graphml", "/export/coordination.gexf", "/export/graph.graphml", "/export/graph.gexf", "/export/graph.cyjs",
        "/export/elements.csv", "/export/connections.csv",
    ];

    public static async Task<HttpResponseMessage> GetAsync(this NetworkGraphApp app, string pathAndQuery, string? token)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return await client.SendAsync(request);
    }

    /// <summary>An export that must succeed, as bytes.</summary>
    public static async Task<byte[]> ExportAsync(this NetworkGraphApp app, string pathAndQuery, string? token = null)
    {
        using var response = await app.GetAsync(pathAndQuery, token ?? TestTokens.Signed("reader"));
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, $"{pathAndQuery} answered {response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        return body;
    }

    public static async Task<JsonNode> CytoscapeAsync(this NetworkGraphApp app, string query = "", string? token = null) =>
        JsonNode.Parse(await app.ExportAsync("/export/graph.cyjs" + query, token))!;

    public static async Task<XDocument> GraphMLAsync(this NetworkGraphApp app, string pathAndQuery, string? token = null) =>
        XDocument.Load(new MemoryStream(await app.ExportAsync(pathAndQuery, token)));

    public static IEnumerable<JsonNode> Elements(this JsonNode cytoscape, string group) =>
        cytoscape["elements"]![group]!.AsArray().Select(element => element!["data"]!);

    public static string Text(this JsonNode node, string name) => node[name]!.GetValue<string>();

    public static List<string> NodeIds(this XDocument graphml) =>
        [.. graphml.Descendants(GraphML + "node").Select(node => (string)node.Attribute("id")!)];

    /// <summary>The edges as (source, target, data values by attribute name).</summary>
    public static List<(string Source, string Target, Dictionary<string, string> Data)> Edges(this XDocument graphml) =>
    [
        .. graphml.Descendants(GraphML + "edge").Select(edge => (
            (string)edge.Attribute("source")!,
            (string)edge.Attribute("target")!,
            edge.Elements(GraphML + "data").ToDictionary(data => ((string)data.Attribute("key")!)[2..], data => data.Value))),
    ];

    /// <summary>Every page of a root list (institutions, of where type InstitutionWhere ...), as the API answers it.</summary>
    public static async Task<List<JsonNode>> AllAsync(
        this NetworkGraphApp app, string list, string whereType, string fields, string? token = null, object? where = null)
    {
        var nodes = new List<JsonNode>();
        string? after = null;
        do
        {
            var data = await app.QueryAsync(
                $"query($after: String, $where: {whereType}) {{ {list}(first: 100, after: $after, where: $where) {{ nodes {{ {fields} }} pageInfo {{ hasNextPage endCursor }} }} }}",
                new { after, where }, token);
            nodes.AddRange(data[list]!["nodes"]!.AsArray().Select(node => node!));
            var page = data[list]!["pageInfo"]!;
            after = page["hasNextPage"]!.GetValue<bool>() ? page["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        return nodes;
    }
}
