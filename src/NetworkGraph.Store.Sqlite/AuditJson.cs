using System.Text.Encodings.Web;
using System.Text.Json;

namespace NetworkGraph.Store.Sqlite;

/// <summary>The list and map columns of the audit trail: roles and node ids as JSON arrays, versions as JSON objects.</summary>
internal static class AuditJson
{
    // Readable in the sqlite3 shell, as the stored node properties are (see PropertyJson.WriterOptions).
    private static readonly JsonSerializerOptions _options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string WriteList(IReadOnlyList<string> values) => JsonSerializer.Serialize(values, _options);

    public static string WriteVersions(IReadOnlyDictionary<string, long> versions) => JsonSerializer.Serialize(versions, _options);

    public static IReadOnlyList<string> ReadList(string json) =>
        JsonSerializer.Deserialize<string[]>(json, _options) ?? throw Malformed(json);

    public static IReadOnlyDictionary<string, long> ReadVersions(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, long>>(json, _options) ?? throw Malformed(json);

    private static InvalidDataException Malformed(string json) => new($"stored audit column '{json}' is not a JSON array or object");
}
