using System.Text.Json;
using GraphQL.Transport;

namespace NetworkGraph.Api.GraphQL.Http;

/// <summary>Reads the parameters of a GraphQL request from a GET query string or a POST JSON body.</summary>
public static class GraphQLHttpRequest
{
    public static GraphQLRequest FromQueryString(IQueryCollection query, IGraphQLTextSerializer serializer) =>
        new()
        {
            Query = Single(query, "query"),
            OperationName = Single(query, "operationName"),
            DocumentId = Single(query, "documentId"),
            Variables = Json<Inputs>(Single(query, "variables"), "variables", serializer),
            Extensions = Json<Inputs>(Single(query, "extensions"), "extensions", serializer),
        };

    public static GraphQLRequest FromJsonBody(ReadOnlyMemory<byte> body, IGraphQLTextSerializer serializer)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw RequestRefusedException.BadRequest("The request body is not valid JSON.");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                throw RequestRefusedException.BadRequest("Batched requests are not supported; send one request object.");
            }
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw RequestRefusedException.BadRequest("The request body must be a JSON object with a 'query'.");
            }
            return new GraphQLRequest
            {
                Query = Member(root, "query", JsonValueKind.String)?.GetString(),
                OperationName = Member(root, "operationName", JsonValueKind.String)?.GetString(),
                DocumentId = Member(root, "documentId", JsonValueKind.String)?.GetString(),
                Variables = Member(root, "variables", JsonValueKind.Object) is { } variables ? Read<Inputs>(variables, "variables", serializer) : null,
                Extensions = Member(root, "extensions", JsonValueKind.Object) is { } extensions ? Read<Inputs>(extensions, "extensions", serializer) : null,
            };
        }
    }

    private static JsonElement? Member(JsonElement root, string name, JsonValueKind kind)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return value.ValueKind == kind
            ? value
            : throw RequestRefusedException.BadRequest($"'{name}' must be a JSON {(kind == JsonValueKind.Object ? "object" : "string")} or null.");
    }

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values)
            ? values.Count == 1 ? values[0] : throw RequestRefusedException.BadRequest($"The query string holds '{name}' {values.Count} times.")
            : null;

    private static T? Json<T>(string? text, string name, IGraphQLTextSerializer serializer)
    {
        if (string.IsNullOrEmpty(text))
        {
            return default;
        }
        try
        {
            return serializer.Deserialize<T>(text);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            throw RequestRefusedException.BadRequest($"'{name}' must be a JSON object.");
        }
    }

    private static T? Read<T>(JsonElement element, string name, IGraphQLTextSerializer serializer)
    {
        try
        {
            return serializer.ReadNode<T>(element);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            throw RequestRefusedException.BadRequest($"'{name}' could not be read.");
        }
    }
}
