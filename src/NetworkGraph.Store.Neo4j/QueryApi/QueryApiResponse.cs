using System.Net;
using System.Text.Json;

namespace NetworkGraph.Store.Neo4j.QueryApi;

/// <summary>
/// What one Query API response said: its status, its <c>errors</c> (read whatever the status, since the
/// API answers 202 even when a statement failed), its rows, bookmarks, open transaction and cluster affinity.
/// </summary>
internal sealed record QueryApiResponse(
    HttpStatusCode Status,
    IReadOnlyList<QueryApiError> Errors,
    QueryResult Result,
    IReadOnlyList<string> Bookmarks,
    string? TransactionId,
    string? Affinity)
{
    public const string AffinityHeader = "neo4j-cluster-affinity";

    public static async Task<QueryApiResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var affinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        JsonDocument? document = null;
        try
        {
            document = body.Length == 0 ? null : JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            // A proxy's or a failing server's HTML page: the status alone tells what happened.
        }
        using (document)
        {
            var root = document?.RootElement;
            return root is { ValueKind: JsonValueKind.Object } json
                ? new QueryApiResponse(
                    response.StatusCode,
                    ReadErrors(json),
                    ReadResult(json),
                    ReadBookmarks(json),
                    json.TryGetProperty("transaction", out var transaction) && transaction.TryGetProperty("id", out var id) ? id.GetString() : null,
                    affinity)
                : new QueryApiResponse(response.StatusCode, [], QueryResult.Empty, [], null, affinity);
        }
    }

    private static List<QueryApiError> ReadErrors(JsonElement root) =>
        root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            ? errors.EnumerateArray()
                .Select(error => new QueryApiError(Text(error, "code") ?? "Neo.Unknown", Text(error, "message") ?? ""))
                .ToList()
            : [];

    private static QueryResult ReadResult(JsonElement root)
    {
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return QueryResult.Empty;
        }
        var fields = data.GetProperty("fields").EnumerateArray().Select(field => field.GetString()!).ToList();
        var rows = data.GetProperty("values").EnumerateArray()
            .Select(row => (IReadOnlyList<object?>)row.EnumerateArray().Select(TypedJson.Read).ToList())
            .ToList();
        return new QueryResult(fields, rows);
    }

    private static List<string> ReadBookmarks(JsonElement root) =>
        root.TryGetProperty("bookmarks", out var bookmarks) && bookmarks.ValueKind == JsonValueKind.Array
            ? bookmarks.EnumerateArray().Select(bookmark => bookmark.GetString()!).ToList()
            : [];

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
