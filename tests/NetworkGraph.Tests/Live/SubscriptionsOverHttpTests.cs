using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Live;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Live;

/// <summary>Subscriptions at /graphql in process: how they are refused, limited, released and throttled.</summary>
public sealed class SubscriptionsOverHttpTests : IAsyncLifetime
{
    private static readonly TimeSpan _wait = TimeSpan.FromSeconds(5);
    private const string GraphChanges = "subscription { graphChanged { cursor operation nodeIds } }";

    private readonly NetworkGraphApp _app = new(settings: new Dictionary<string, string>
    {
        ["Live:MaxStreamsPerClient"] = "2",
        ["Live:PollInterval"] = "00:00:00.050",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task<(HttpResponseMessage, System.Text.Json.Nodes.JsonNode)> SubmitAsync(string org = "arrupe-etxea") => _app.PostAsync(
        """mutation { submitFeedback(input: { title: "Evening opening hours", description: "Working families cannot come in the morning.", themeId: "reception" }) { id } }""",
        token: _app.Token("ngo", org));

    [Fact]
    public async Task a_subscription_sent_as_plain_json_is_refused_with_where_to_send_it()
    {
        var (response, body) = await _app.PostAsync(GraphChanges);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("text/event-stream", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_client_listing_event_streams_among_json_types_gets_its_queries_as_json()
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ institution(id: \"harreragune\") { name } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json, application/json, text/event-stream, multipart/mixed");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Harreragune", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_subscription_from_a_client_listing_event_streams_among_json_types_streams()
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"subscription { graphChanged { operation } }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json, text/event-stream");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _app.Token("reader"));

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task a_change_arrives_as_a_next_event_whose_id_is_its_cursor()
    {
        await using var stream = await ServerSentEvents.OpenAsync(_app.CreateClient(), GraphChanges, _app.Token("reader"));
        await Task.Delay(200);

        await SubmitAsync();

        var next = await stream.NextAsync(_wait);
        Assert.Equal("next", next?.Name);
        Assert.Equal(next!.Id, next.Json["data"]!["graphChanged"]!["cursor"]!.GetValue<string>());
        Assert.Equal("submitFeedback", next.Json["data"]!["graphChanged"]!["operation"]!.GetValue<string>());
    }

    [Fact]
    public async Task past_its_streams_a_client_is_refused_and_a_closed_stream_gives_its_place_back()
    {
        var token = _app.Token("reader");
        var first = await ServerSentEvents.OpenAsync(_app.CreateClient(), GraphChanges, token);
        await using var second = await ServerSentEvents.OpenAsync(_app.CreateClient(), GraphChanges, token);

        await using (var third = await ServerSentEvents.OpenAsync(_app.CreateClient(), GraphChanges, token))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, third.Response.StatusCode);
            Assert.Contains("LIMIT_EXCEEDED", await third.Response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await first.DisposeAsync();
        var limits = _app.Services.GetRequiredService<LiveLimits>();
        for (var i = 0; i < 100 && limits.Open > 1; i++)
        {
            await Task.Delay(50);
        }
        await using var again = await ServerSentEvents.OpenAsync(_app.CreateClient(), GraphChanges, token);
        Assert.Equal(HttpStatusCode.OK, again.Response.StatusCode);
    }

    [Fact]
    public async Task a_client_that_goes_releases_its_stream_and_its_listener()
    {
        var limits = _app.Services.GetRequiredService<LiveLimits>();
        var hub = _app.Services.GetRequiredService<ChangeFeedHub>();
        var stream = await ServerSentEvents.OpenAsync(_app.CreateClient(), GraphChanges, _app.Token("reader"));
        // The stream's headers can come before it listens to the hub: a change committed before that is not sent.
        for (var i = 0; i < 100 && hub.ListenerCount == 0; i++)
        {
            await Task.Delay(20);
        }
        await SubmitAsync();
        Assert.NotNull(await stream.NextAsync(_wait));
        Assert.Equal(1, limits.Open);

        await stream.DisposeAsync();

        for (var i = 0; i < 100 && (limits.Open > 0 || hub.ListenerCount > 0); i++)
        {
            await Task.Delay(50);
        }
        Assert.Equal(0, limits.Open);
        Assert.Equal(0, hub.ListenerCount);
    }

    [Fact]
    public async Task a_cursor_ahead_of_the_feed_is_refused_as_unknown()
    {
        var ahead = new FeedCursor(1_000_000, 0).Text;

        await using var stream = await ServerSentEvents.OpenAsync(_app.CreateClient(),
            "subscription($after: String) { graphChanged(after: $after) { cursor } }", _app.Token("reader"), variables: new { after = ahead });

        Assert.Equal(HttpStatusCode.BadRequest, stream.Response.StatusCode);
        var body = await stream.Response.Content.ReadAsStringAsync();
        Assert.Contains("BAD_USER_INPUT", body, StringComparison.Ordinal);
        Assert.Contains("unknown", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_dashboard_answers_changes_together_at_most_once_a_second()
    {
        await using var stream = await ServerSentEvents.OpenAsync(_app.CreateClient(), "subscription { dashboardChanged { feedbackItems } }", _app.Token("reader"));
        var before = (await _app.QueryAsync("{ dashboard { feedbackItems } }"))["dashboard"]!["feedbackItems"]!.GetValue<int>();
        await Task.Delay(200);

        await SubmitAsync();
        var first = await stream.NextAsync(_wait);
        var started = DateTime.UtcNow;
        await SubmitAsync();
        await SubmitAsync("caritas-bizkaia");
        var second = await stream.NextAsync(_wait);

        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(0.8), "the second event came within a second of the first");
        Assert.Equal(before + 1, first!.Json["data"]!["dashboardChanged"]!["feedbackItems"]!.GetValue<int>());
        Assert.Equal(before + 3, second!.Json["data"]!["dashboardChanged"]!["feedbackItems"]!.GetValue<int>());
        Assert.Null(await stream.NextAsync(TimeSpan.FromSeconds(1.5)));
    }

    [Fact]
    public async Task the_example_subscription_streams_an_item_as_it_is_submitted()
    {
        var document = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Operations, "FeedbackChanges.graphql"));
        await using var stream = await ServerSentEvents.OpenAsync(_app.CreateClient(), document, _app.Token("reader"));
        await Task.Delay(200);

        var (_, submitted) = await SubmitAsync();

        var change = (await stream.NextAsync(_wait))!.Json["data"]!["feedbackChanged"]!;
        Assert.Equal(submitted["data"]!["submitFeedback"]!["id"]!.GetValue<string>(), change["item"]!["id"]!.GetValue<string>());
        Assert.Equal("SUBMITTED", change["to"]!.GetValue<string>());
        Assert.Null(change["from"]);
    }

    [Fact]
    public async Task streams_with_the_same_document_and_caller_share_one_execution_per_event()
    {
        var token = _app.Token("reader");
        await using var first = await ServerSentEvents.OpenAsync(_app.CreateClient(), GraphChanges, token);
        await using var second = await ServerSentEvents.OpenAsync(_app.CreateClient(), GraphChanges, token);
        await Task.Delay(200);

        await SubmitAsync();
        var one = await first.NextAsync(_wait);
        var other = await second.NextAsync(_wait);

        Assert.Equal(one!.Data, other!.Data);
        var renderings = _app.Services.GetRequiredService<LiveRenderings>();
        Assert.Equal(1, renderings.Executions);
    }
}
