using Microsoft.Net.Http.Headers;

namespace NetworkGraph.Api.GraphQL.Http;

/// <summary>Content negotiation of the GraphQL-over-HTTP specification.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";

    /// <summary>A client asking for Server-Sent Events (GraphQL over SSE) rather than one JSON answer.</summary>
    public static bool AcceptsEventStream(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(value =>
            value.Quality is null or > 0 && value.MediaType.Equals(EventStream, StringComparison.OrdinalIgnoreCase));

    /// <summary>The response media type the client accepts, preferring the GraphQL one; null when it accepts neither.</summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return Json;
        }
        var acceptable = accept.Where(value => value.Quality is null or > 0).ToList();
        if (acceptable.Any(value => value.MediaType.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase)))
        {
            return GraphQLResponse;
        }
        return acceptable.Any(value => value.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
            || value.MediaType.Equals("application/*", StringComparison.OrdinalIgnoreCase)
            || value.MediaType.Equals("*/*", StringComparison.OrdinalIgnoreCase))
            ? Json
            : null;
    }

    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (!parsed.Charset.HasValue || parsed.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
