using System.Buffers;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Auth;
using NetworkGraph.Api.GraphQL.Errors;
using NetworkGraph.Api.Limits;
using NetworkGraph.Api.Observability;

namespace NetworkGraph.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP specification): POST with a JSON body, GET for queries
/// only, content negotiation between application/graphql-response+json and application/json, and
/// refusal of requests a browser could send cross-site without a preflight.
/// </summary>
public sealed class GraphQLHttpHandler(
    ISchema schema,
    IDocumentExecuter executer,
    DocumentGate documentGate,
    PersistedOperations persistedOperations,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLHttpOptions> options)
{
    public const string PreflightHeader = "GraphQL-Require-Preflight";

    public async Task HandleAsync(HttpContext http)
    {
        var mediaType = MediaTypes.Negotiate(http.Request);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, MediaTypes.Json, StatusCodes.Status406NotAcceptable,
                $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            return;
        }
        if (!string.IsNullOrEmpty(http.Request.Headers.Authorization) && http.User.Identity?.IsAuthenticated != true)
        {
            // A token that fails validation is refused outright, never downgraded to anonymous.
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await WriteErrorAsync(http, mediaType, StatusCodes.Status401Unauthorized,
                "The bearer token is invalid: expired, not yet valid, or of the wrong issuer, audience, key or algorithm.", ErrorCodes.Unauthenticated);
            return;
        }
        try
        {
            var isGet = HttpMethods.IsGet(http.Request.Method);
            var request = isGet ? ReadGet(http) : await ReadPostAsync(http);
            request.Query = persistedOperations.Resolve(request.Query, request.DocumentId, request.Extensions);
            if (string.IsNullOrWhiteSpace(request.Query))
            {
                throw new BadRequestException("The request has no 'query'.");
            }
            var admitted = documentGate.Admit(request.Query, request.OperationName);
            GraphQLOperationFeature.Record(http, admitted.Operation);
            if (isGet && admitted.Operation?.Operation == OperationType.Mutation)
            {
                http.Response.Headers.Allow = "POST";
                await WriteErrorAsync(http, mediaType, StatusCodes.Status405MethodNotAllowed, "Mutations must be sent with POST.");
                return;
            }
            if (isGet && string.IsNullOrEmpty(http.Request.Headers[PreflightHeader]))
            {
                throw new BadRequestException(
                    $"GET requests must carry a non-empty '{PreflightHeader}' header, which protects against cross-site request forgery.");
            }
            await http.RequestServices.GetRequiredService<Viewer>().PrepareAsync(http.RequestAborted);
            await WriteResultAsync(http, mediaType, await ExecuteAsync(http, request, admitted.Document));
        }
        catch (SyntaxError e)
        {
            await WriteResultAsync(http, mediaType, new ExecutionResult { Errors = [e] });
        }
        catch (LimitExceededException e)
        {
            await WriteResultAsync(http, mediaType, new ExecutionResult { Errors = [e.Error] });
        }
        catch (PersistedOperationException e)
        {
            await WriteResultAsync(http, mediaType, new ExecutionResult { Errors = [e.Error] });
        }
        catch (RequestTooLargeException e)
        {
            await WriteAsync(http, mediaType, StatusCodes.Status400BadRequest, new ExecutionResult { Errors = [e.Error] });
        }
        catch (BadRequestException e)
        {
            await WriteErrorAsync(http, mediaType, StatusCodes.Status400BadRequest, e.Message);
        }
        catch (UnsupportedMediaTypeException e)
        {
            await WriteErrorAsync(http, mediaType, StatusCodes.Status415UnsupportedMediaType, e.Message);
        }
    }

    private GraphQLRequest ReadGet(HttpContext http) => GraphQLHttpRequest.FromQueryString(http.Request.Query, serializer);

    private async Task<GraphQLRequest> ReadPostAsync(HttpContext http)
    {
        if (!MediaTypes.IsJson(http.Request.ContentType))
        {
            throw new UnsupportedMediaTypeException($"POST bodies must be {MediaTypes.Json} (UTF-8).");
        }
        var body = await ReadBodyAsync(http.Request, options.Value.MaxRequestBytes, http.RequestAborted);
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            // The JSON reader checks string contents only when they are read, and then throws.
            throw new BadRequestException("The request body is not valid UTF-8.");
        }
        return GraphQLHttpRequest.FromJsonBody(body, serializer);
    }

    private const int DirectReadBytes = 16 * 1024;

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            throw new RequestTooLargeException(limit);
        }
        if (request.ContentLength is { } length && length <= DirectReadBytes)
        {
            // The usual case, a small announced body, is read straight into an array of its size. A larger one is
            // read as it arrives, so a header alone never makes the server set aside the whole limit.
            var body = new byte[length];
            var filled = 0;
            int read;
            while (filled < body.Length && (read = await request.Body.ReadAsync(body.AsMemory(filled), cancellationToken)) > 0)
            {
                filled += read;
            }
            return filled == body.Length
                ? body
                : throw new BadRequestException($"The request body ended after {filled} of its announced {length} bytes.");
        }
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(DirectReadBytes);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw new RequestTooLargeException(limit);
                }
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }

    private Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request, GraphQLDocument document) =>
        executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = http.RequestAborted,
        });

    private async Task WriteResultAsync(HttpContext http, string mediaType, ExecutionResult result)
    {
        InputErrors.Classify(result);
        await WriteAsync(http, mediaType, StatusOf(result, mediaType), result);
    }

    /// <summary>
    /// A request refused for its credentials answers 401 or 403 whatever the media type. Otherwise,
    /// under application/graphql-response+json a request that never executed (syntax or validation
    /// errors) is a client error, 400; plain application/json keeps the legacy 200.
    /// </summary>
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

    private Task WriteErrorAsync(HttpContext http, string mediaType, int status, string message, string code = ErrorCodes.BadRequest) =>
        WriteAsync(http, mediaType, status, new ExecutionResult
        {
            Errors = [new ExecutionError(message) { Code = code }],
        });

    private async Task WriteAsync(HttpContext http, string mediaType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private sealed class UnsupportedMediaTypeException(string message) : Exception(message);

    private sealed class RequestTooLargeException(int limit) : Exception
    {
        public UserError Error { get; } = LimitErrors.Exceeded($"{GraphQLHttpOptions.Section}:{nameof(GraphQLHttpOptions.MaxRequestBytes)}", limit,
            $"The request body is larger than {limit} bytes.");
    }
}
