using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Spreadsheets;
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

    /// <summary>The graph of a store as the two CSV sheets of the layout, what an export writes.</summary>
    public static async Task<(string Elements, string Connections)> ExportAsync(IGraphStore store)
    {
        var snapshot = await store.GetSnapshotAsync(CancellationToken.None);
        var (elements, connections) = SpreadsheetRows.From(snapshot.Nodes, snapshot.Relationships);
        return (CsvSheetWriter.ToText(SpreadsheetLayout.ElementColumns, elements), CsvSheetWriter.ToText(SpreadsheetLayout.ConnectionColumns, connections));
    }

    private static ByteArrayContent Csv(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }
}
