using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NetworkGraph.Tests.Live;

/// <summary>A subscription over Server-Sent Events, read event by event from an in-process service.</summary>
public sealed class ServerSentEvents : IAsyncDisposable
{
    private readonly HttpClient _client;
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private ServerSentEvents(HttpClient client, HttpResponseMessage response, StreamReader reader)
    {
        _client = client;
        _response = response;
        _reader = reader;
    }

    public HttpResponseMessage Response => _response;

    public static async Task<ServerSentEvents> OpenAsync(HttpClient client, string query, string? token = null, string? lastEventId = null, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new ServerSentEvents(client, response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next event (comments skipped), or null when the stream ended or nothing came within <paramref name="wait"/>.</summary>
    public async Task<ServerSentEvent?> NextAsync(TimeSpan wait)
    {
        using var timeout = new CancellationTokenSource(wait);
        string? name = null, id = null, data = null;
        try
        {
            while (await _reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (name is not null)
                    {
                        return new ServerSentEvent(name, id, data);
                    }
                    continue;
                }
                var colon = line.IndexOf(':');
                var (field, value) = colon < 0 ? (line, "") : (line[..colon], line[(colon + 1)..].TrimStart(' '));
                switch (field)
                {
                    case "event": name = value; break;
                    case "id": id = value; break;
                    case "data": data = data is null ? value : data + "\n" + value; break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Nothing came in time.
        }
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        _client.Dispose();
        await Task.CompletedTask;
    }
}

public sealed record ServerSentEvent(string Name, string? Id, string? Data)
{
    public JsonNode Json => JsonNode.Parse(Data ?? "null")!;
}
