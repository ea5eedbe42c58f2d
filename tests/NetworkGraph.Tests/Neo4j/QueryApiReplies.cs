using System.Globalization;

namespace NetworkGraph.Tests.Neo4j;

/// <summary>Query API answers in the documented typed-JSON shape, built from typed values.</summary>
public static class QueryApiReplies
{
    public static string Integer(long value) => $$"""{"$type":"Integer","_value":"{{value.ToString(CultureInfo.InvariantCulture)}}"}""";

    public static string Float(string text) => $$"""{"$type":"Float","_value":"{{text}}"}""";

    public static string Text(string value) => $$"""{"$type":"String","_value":{{System.Text.Json.JsonSerializer.Serialize(value)}}}""";

    public static string Boolean(bool value) => $$"""{"$type":"Boolean","_value":{{(value ? "true" : "false")}}}""";

    public static string Null => """{"$type":"Null","_value":null}""";

    public static string List(params string[] items) => $$"""{"$type":"List","_value":[{{string.Join(",", items)}}]}""";

    public static string Node(string label, params (string Name, string Value)[] properties) =>
        $$"""{"$type":"Node","_value":{"_element_id":"4:stub:1","_labels":["GraphNode","{{label}}"],"_properties":{""" + Properties(properties) + "}}}";

    /// <summary>A graph node as the store writes it: its system properties and the given ones.</summary>
    public static string GraphNode(string id, string label, long version, params (string Name, string Value)[] properties) =>
        Node(label, [
            ("id", Text(id)), ("version", Integer(version)),
            ("createdAt", Text("2025-09-30T09:00:00.000Z")), ("updatedAt", Text("2025-09-30T09:00:00.000Z")),
            ("searchText", Text(id)), ("sourcesJson", Text("[]")), .. properties]);

    /// <summary>One statement's rows, with optional bookmarks and open transaction.</summary>
    public static string Rows(string[] fields, string[][] rows, string[]? bookmarks = null, string? transactionId = null)
    {
        var values = string.Join(",", rows.Select(row => "[" + string.Join(",", row) + "]"));
        var json = $$"""{"data":{"fields":[{{string.Join(",", fields.Select(f => $"\"{f}\""))}}],"values":[{{values}}]}""";
        json += bookmarks is null ? "" : $$""","bookmarks":[{{string.Join(",", bookmarks.Select(b => $"\"{b}\""))}}]""";
        json += transactionId is null ? "" : $$""","transaction":{"id":"{{transactionId}}","expires":"2025-09-30T09:01:00Z"}""";
        return json + "}";
    }

    public static string Single(string field, string value, string[]? bookmarks = null, string? transactionId = null) =>
        Rows([field], [[value]], bookmarks, transactionId);

    public static string NoRows(string field, string? transactionId = null) => Rows([field], [], transactionId: transactionId);

    public static string Error(string code, string message) =>
        $$"""{"errors":[{"code":"{{code}}","message":{{System.Text.Json.JsonSerializer.Serialize(message)}}}]}""";

    public static string Committed(params string[] bookmarks) =>
        $$"""{"bookmarks":[{{string.Join(",", bookmarks.Select(b => $"\"{b}\""))}}]}""";

    private static string Properties((string Name, string Value)[] properties) =>
        string.Join(",", properties.Select(p => $"\"{p.Name}\":{p.Value}"));
}
