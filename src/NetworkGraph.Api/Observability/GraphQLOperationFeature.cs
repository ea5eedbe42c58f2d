using GraphQLParser.AST;

namespace NetworkGraph.Api.Observability;

/// <summary>
/// What the request logs and metrics may say about a GraphQL request: the operation's name and type, never
/// its text or variables (which may carry what a caller typed).
/// </summary>
public sealed record GraphQLOperationFeature(string? Name, string Type)
{
    public static void Record(HttpContext http, GraphQLOperationDefinition? operation) =>
        http.Features.Set(new GraphQLOperationFeature(
            operation?.Name?.StringValue,
            operation?.Operation.ToString().ToLowerInvariant() ?? "unknown"));
}
