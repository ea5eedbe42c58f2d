namespace NetworkGraph.Api.GraphQL.Http;

/// <summary>
/// Writes a result or a rejection in the negotiated media type. A request refused for its credentials answers 401
/// or 403 whatever the media type. Otherwise, under application/graphql-response+json a request that never executed
/// (syntax, limit or validation errors) is a client error, 400; plain application/json keeps the legacy 200.
/// </summary>
public sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer)
{
    public Task WriteAsync(HttpContext http, string mediaType, ExecutionResult result) =>
        WriteAsync(http, mediaType, StatusOf(result, mediaType), result);

    public Task WriteAsync(HttpContext http, string mediaType, Rejection rejection)
    {
        var result = new ExecutionResult { Errors = [rejection.Error] };
        if (rejection.Header is { } header)
        {
            http.Response.Headers[header.Key] = header.Value;
        }
        return WriteAsync(http, mediaType, rejection.Status ?? StatusOf(result, mediaType), result);
    }

    /// <summary>
    /// An answer already serialized: one taken from the result cache or on its way into it. Only answers that executed
    /// without errors are, so 200.
    /// </summary>
    public async Task WriteAnswerAsync(HttpContext http, string mediaType, byte[] body)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    public async Task<byte[]> SerializeAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, cancellationToken);
        return buffer.ToArray();
    }

    private static int StatusOf(ExecutionResult result, string mediaType)
    {
        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }
        var codes = result.Errors?.Select(e => e.Code).ToList() ?? [];
        if (codes.Contains(ErrorCodes.Unauthenticated))
        {
            return StatusCodes.Status401Unauthorized;
        }
        if (codes.Contains(ErrorCodes.Forbidden))
        {
            return StatusCodes.Status403Forbidden;
        }
        return mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private async Task WriteAsync(HttpContext http, string mediaType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
