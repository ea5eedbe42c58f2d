using System.Net;
using System.Text;
using System.Text.Json;

namespace NetworkGraph.Tests.Neo4j;

/// <summary>One request the stub received, copied before the client disposes it.</summary>
public sealed record RecordedRequest(HttpMethod Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string Statement => Json.GetProperty("statement").GetString()!;
}

/// <summary>
/// A Neo4j Query API that replays scripted answers in order, as the documentation shows them, and
/// records every request: the wire-level tests run the real store and client against it.
/// </summary>
public sealed class QueryApiStub : HttpMessageHandler
{
    private readonly Queue<Func<CancellationToken, Task<HttpResponseMessage>>> _replies = new();
    private readonly List<RecordedRequest> _requests = [];

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public QueryApiStub Reply(string json, HttpStatusCode status = HttpStatusCode.Accepted, params (string Name, string Value)[] headers)
    {
        _replies.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/vnd.neo4j.query") };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }
            return Task.FromResult(response);
        });
        return this;
    }

    public QueryApiStub ReplyText(HttpStatusCode status, string text)
    {
        _replies.Enqueue(_ => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(text, Encoding.UTF8, "text/html") }));
        return this;
    }

    public QueryApiStub Fail(Exception exception)
    {
        _replies.Enqueue(_ => Task.FromException<HttpResponseMessage>(exception));
        return this;
    }

    /// <summary>A server that accepted the connection and never answers: only cancellation ends the wait.</summary>
    public QueryApiStub Hang()
    {
        _replies.Enqueue(async token =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(header => header.Key.ToLowerInvariant(), header => string.Join(", ", header.Value));
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Func<CancellationToken, Task<HttpResponseMessage>> reply;
        lock (_requests)
        {
            _requests.Add(new RecordedRequest(request.Method, request.RequestUri!.AbsolutePath, headers, body));
            reply = _replies.Count > 0
                ? _replies.Dequeue()
                : throw new InvalidOperationException($"the stub has no answer scripted for {request.Method} {request.RequestUri}");
        }
        return await reply(cancellationToken);
    }
}
