using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Execution;
using NetworkGraph.Api.Limits;
using NetworkGraph.Api.Observability;

namespace NetworkGraph.Api.GraphQL.Http;

/// <summary>
/// Reads a GraphQL-over-HTTP request into an admitted request or one rejection: content negotiation, a refused
/// token, the method and media type, the body within its limit, the JSON shape, persisted operations, the
/// document within its limits, mutations only by POST, and the preflight header a cross-site GET cannot carry.
/// </summary>
public sealed class GraphQLRequestReader(
    DocumentCache documents, PersistedOperations persisted, IGraphQLTextSerializer serializer, IOptions<RequestLimitsOptions> limits)
{
    public const string PreflightHeader = "GraphQL-Require-Preflight";

    /// <summary>
    /// Reads the request. A client that accepts an event stream (<paramref name="eventStream"/>, GraphQL over SSE) may
    /// send subscriptions, and is answered a refusal as application/graphql-response+json when it accepts no JSON type.
    /// </summary>
    public async Task<ReadRequest> ReadAsync(HttpContext http, bool eventStream = false)
    {
        var mediaType = MediaTypes.Negotiate(http.Request) ?? (eventStream ? MediaTypes.GraphQLResponse : null);
        if (mediaType is null)
        {
            return new ReadRequest(MediaTypes.Json, null, new Rejection(
                new UserError(ErrorCodes.BadRequest, $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}."), StatusCodes.Status406NotAcceptable));
        }
        if (!string.IsNullOrEmpty(http.Request.Headers.Authorization) && http.User.Identity?.IsAuthenticated != true)
        {
            // A token that fails validation is refused outright, never downgraded to anonymous.
            var error = new UserError(ErrorCodes.Unauthenticated,
                "The bearer token is invalid: expired, not yet valid, or of the wrong issuer, audience, key or algorithm.");
            return new ReadRequest(mediaType, null, new Rejection(error, StatusCodes.Status401Unauthorized,
                KeyValuePair.Create("WWW-Authenticate", "Bearer error=\"invalid_token\"")));
        }
        try
        {
            return await AdmitAsync(http, mediaType, eventStream);
        }
        catch (RequestRefusedException refused)
        {
            return Rejected(mediaType, refused);
        }
    }

    private async Task<ReadRequest> AdmitAsync(HttpContext http, string mediaType, bool eventStream)
    {
        var isGet = HttpMethods.IsGet(http.Request.Method);
        var request = isGet ? GraphQLHttpRequest.FromQueryString(http.Request.Query, serializer) : await ReadPostAsync(http);
        request.Query = persisted.Resolve(request.Query, request.DocumentId, request.Extensions);
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            throw RequestRefusedException.BadRequest("The request has no 'query'.");
        }
        var (document, operation) = documents.Admit(request.Query, request.OperationName);
        GraphQLOperationFeature.Record(http, operation?.Definition);
        if (isGet && operation?.Definition.Operation == OperationType.Mutation)
        {
            return new ReadRequest(mediaType, null, new Rejection(
                new UserError(ErrorCodes.BadRequest, "Mutations must be sent with POST."), StatusCodes.Status405MethodNotAllowed,
                KeyValuePair.Create("Allow", "POST")));
        }
        if (operation?.Definition.Operation == OperationType.Subscription && !eventStream)
        {
            throw RequestRefusedException.BadRequest(
                "Subscriptions are served over a WebSocket (graphql-transport-ws) or Server-Sent Events (Accept: text/event-stream) at /graphql.");
        }
        if (isGet && string.IsNullOrEmpty(http.Request.Headers[PreflightHeader]))
        {
            throw RequestRefusedException.BadRequest(
                $"GET requests must carry a non-empty '{PreflightHeader}' header, which protects against cross-site request forgery.");
        }
        return new ReadRequest(mediaType, new AdmittedRequest(request, document, operation), null);
    }

    /// <summary>
    /// Admits a request that came as another transport's message (a WebSocket's subscribe payload): the same JSON
    /// shape, persisted operations and document limits as a POST body.
    /// </summary>
    /// <exception cref="RequestRefusedException">The payload or its document is refused.</exception>
    public AdmittedRequest Admit(ReadOnlyMemory<byte> payload)
    {
        if (payload.Length > limits.Value.MaxRequestBytes)
        {
            throw new RequestRefusedException(new UserError(ErrorCodes.LimitExceeded,
                $"The request is larger than {limits.Value.MaxRequestBytes} bytes."));
        }
        var request = GraphQLHttpRequest.FromJsonBody(payload, serializer);
        request.Query = persisted.Resolve(request.Query, request.DocumentId, request.Extensions);
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            throw RequestRefusedException.BadRequest("The request has no 'query'.");
        }
        var (document, operation) = documents.Admit(request.Query, request.OperationName);
        return new AdmittedRequest(request, document, operation);
    }

    private async Task<GraphQLRequest> ReadPostAsync(HttpContext http)
    {
        if (!MediaTypes.IsJson(http.Request.ContentType))
        {
            throw RequestRefusedException.BadRequest($"POST bodies must be {MediaTypes.Json} (UTF-8).", StatusCodes.Status415UnsupportedMediaType);
        }
        var body = await RequestBody.ReadAsync(http.Request, limits.Value.MaxRequestBytes, http.RequestAborted);
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            // The JSON reader checks string contents only when they are read, and then throws.
            throw RequestRefusedException.BadRequest("The request body is not valid UTF-8.");
        }
        return GraphQLHttpRequest.FromJsonBody(body, serializer);
    }

    private static ReadRequest Rejected(string mediaType, RequestRefusedException refused) =>
        new(mediaType, null, new Rejection(refused.Error, refused.Status));
}
