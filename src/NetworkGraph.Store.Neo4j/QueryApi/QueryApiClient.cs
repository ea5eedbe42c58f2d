using System.Buffers;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Neo4j.Cypher;

namespace NetworkGraph.Store.Neo4j.QueryApi;

/// <summary>
/// Neo4j's HTTP Query API v2: one statement per request, in an implicit transaction
/// (<c>POST /db/{db}/query/v2</c>) or an explicit one under <c>/tx</c>. Every response's <c>errors</c>
/// are read whatever its status; a transport failure becomes <see cref="GraphUnavailableException"/>.
/// </summary>
internal sealed class QueryApiClient
{
    private readonly HttpClient _http;
    private readonly Neo4jStoreOptions _options;
    private readonly Uri _queryUri;
    private readonly AuthenticationHeaderValue? _authorization;

    public QueryApiClient(HttpClient http, Neo4jStoreOptions options)
    {
        _http = http;
        _options = options;
        var root = options.Uri.AbsoluteUri.EndsWith('/') ? options.Uri : new Uri(options.Uri.AbsoluteUri + "/");
        _queryUri = new Uri(root, $"db/{Uri.EscapeDataString(options.Database)}/query/v2");
        _authorization = !string.IsNullOrEmpty(options.BearerToken)
            ? new AuthenticationHeaderValue("Bearer", options.BearerToken)
            : !string.IsNullOrEmpty(options.User)
                ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")))
                : null;
    }

    public Neo4jStoreOptions Options => _options;

    /// <summary>Runs one statement in its own transaction; reads may go to a follower that has caught up with <paramref name="bookmarks"/>.</summary>
    public async Task<QueryApiResponse> RunAsync(
        CypherStatement statement,
        IReadOnlyDictionary<string, object?> parameters,
        IReadOnlyList<string> bookmarks,
        bool readOnly,
        CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, "", affinity: null);
        request.Content = Body(statement, parameters, bookmarks, readOnly);
        return await SendAsync(request, $"statement {statement.Name}", cancellationToken);
    }

    /// <summary>Opens an explicit transaction with its first statement.</summary>
    public async Task<(QueryApiTransaction Transaction, QueryResult First)> BeginAsync(
        CypherStatement statement,
        IReadOnlyDictionary<string, object?> parameters,
        IReadOnlyList<string> bookmarks,
        CancellationToken cancellationToken)
    {
        using var request = Request(HttpMethod.Post, "/tx", affinity: null);
        request.Content = Body(statement, parameters, bookmarks, readOnly: false);
        var response = await SendAsync(request, $"statement {statement.Name}", cancellationToken);
        var id = response.TransactionId
            ?? throw new InvalidDataException("Neo4j opened no transaction: its answer to POST /tx carried no transaction id");
        return (new QueryApiTransaction(this, id, response.Affinity), response.Result);
    }

    internal async Task<QueryApiResponse> SendInTransactionAsync(
        HttpMethod method, string path, string? affinity, CypherStatement? statement, IReadOnlyDictionary<string, object?>? parameters,
        string what, CancellationToken cancellationToken, Action<QueryApiResponse>? beforeCheck = null)
    {
        using var request = Request(method, path, affinity);
        if (statement is not null)
        {
            request.Content = Body(statement, parameters!, bookmarks: [], readOnly: false);
        }
        return await SendAsync(request, what, cancellationToken, beforeCheck);
    }

    private HttpRequestMessage Request(HttpMethod method, string path, string? affinity)
    {
        var request = new HttpRequestMessage(method, new Uri(_queryUri.AbsoluteUri + path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson.MediaType));
        request.Headers.Authorization = _authorization;
        if (affinity is not null)
        {
            // The cluster member that holds the transaction: every later request of it must name it.
            request.Headers.TryAddWithoutValidation(QueryApiResponse.AffinityHeader, affinity);
        }
        return request;
    }

    private async Task<QueryApiResponse> SendAsync(
        HttpRequestMessage request, string what, CancellationToken cancellationToken, Action<QueryApiResponse>? beforeCheck = null)
    {
        QueryApiResponse response;
        try
        {
            using var message = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            response = await QueryApiResponse.ReadAsync(message, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new GraphUnavailableException(
                $"Neo4j at {_options.Uri} cannot be reached ({exception.Message}); check Neo4j:Uri and that the server is running.", exception);
        }
        beforeCheck?.Invoke(response);
        QueryApiFailures.ThrowIfFailed(response, what, _options);
        return response;
    }

    private static ByteArrayContent Body(
        CypherStatement statement, IReadOnlyDictionary<string, object?> parameters, IReadOnlyList<string> bookmarks, bool readOnly)
    {
        statement.CheckParameters(parameters);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement.Text);
            writer.WriteStartObject("parameters");
            foreach (var (name, value) in parameters)
            {
                writer.WritePropertyName(name);
                TypedJson.Write(writer, value);
            }
            writer.WriteEndObject();
            if (bookmarks.Count > 0)
            {
                writer.WriteStartArray("bookmarks");
                foreach (var bookmark in bookmarks)
                {
                    writer.WriteStringValue(bookmark);
                }
                writer.WriteEndArray();
            }
            if (readOnly)
            {
                writer.WriteString("accessMode", "Read");
            }
            writer.WriteEndObject();
        }
        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson.MediaType);
        return content;
    }
}
