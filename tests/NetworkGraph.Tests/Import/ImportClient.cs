using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Import;

/// <summary>Posts spreadsheets to /import of an in-process service, as the workbench's Import page does.</summary>
internal static class ImportClient
{
    public static async Task<(HttpResponseMessage Response, JsonNode? Body)> PostAsync(
        NetworkGraphApp app, string? token, string elements, string connections, bool dryRun = false)
    {
        using var form = new MultipartFormDataContent
        {
            { Csv(elements), "elements", "elements.csv" },
            { Csv(connections), "connections", "connections.csv" },
        };
        return await SendAsync(app, token, form, dryRun);
    }

    public static async Task<(HttpResponseMessage Response, JsonNode? Body)> SendAsync(NetworkGraphApp app, string? token, HttpContent content, bool dryRun = false)
    {
        using var client = app.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        var response = await client.PostAsync(dryRun ? "/import?dryRun=true" : "/import", content);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length > 0 ? JsonNode.Parse(text) : null);
    }

    /// <summary>The graph as the two CSV sheets of the layout, downloaded from /export/ with a reader's token.</summary>
    public static async Task<(string Elements, string Connections)> ExportAsync(NetworkGraphApp app, string query = "")
    {
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", app.Token("reader"));
        var elements = await client.GetStringAsync($"/export/elements.csv{query}");
        var connections = await client.GetStringAsync($"/export/connections.csv{query}");
        return (elements, connections);
    }

    /// <summary>A spreadsheet kept in the repository, as its two CSV files.</summary>
    public static (string Elements, string Connections) Example(string folder) =>
        (File.ReadAllText(Path.Combine(RepositoryPaths.Root, "examples", folder, "elements.csv")),
         File.ReadAllText(Path.Combine(RepositoryPaths.Root, "examples", folder, "connections.csv")));

    private static ByteArrayContent Csv(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }
}
