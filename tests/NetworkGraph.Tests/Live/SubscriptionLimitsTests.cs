using System.Net;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Live;

/// <summary>A subscription passes the same limits as a query before anything streams, and selects one root field.</summary>
public sealed class SubscriptionLimitsTests : IAsyncLifetime
{
    private static readonly TimeSpan _wait = TimeSpan.FromSeconds(5);

    private readonly NetworkGraphApp _app = new(settings: new Dictionary<string, string>
    {
        ["GraphQL:Limits:MaxDepth"] = "4",
        ["Live:MaxReplay"] = "2",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task SubmitAsync() => _app.PostAsync(
        """mutation { submitFeedback(input: { title: "Evening hours", description: "Working families cannot come in the morning.", themeId: "reception" }) { id } }""",
        token: _app.Token("ngo", "arrupe-etxea"));

    /// <summary>Opens the subscription over SSE and returns the body of its refusal, which must be a 400.</summary>
    private async Task<string> RefusalAsync(string subscription, object? variables = null)
    {
        await using var stream = await ServerSentEvents.OpenAsync(_app.CreateClient(), subscription, _app.Token("reader"), variables: variables);
        Assert.Equal(HttpStatusCode.BadRequest, stream.Response.StatusCode);
        return await stream.Response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task a_subscription_deeper_than_the_limit_is_refused_before_it_streams() =>
        Assert.Contains("LIMIT_EXCEEDED",
            await RefusalAsync("subscription { feedbackChanged { item { raisedBy { memberships { network { name } } } } } }"), StringComparison.Ordinal);

    [Fact]
    public async Task a_subscription_of_two_root_fields_is_refused() =>
        Assert.Contains("single",
            await RefusalAsync("subscription { graphChanged { cursor } dashboardChanged { institutions } }"), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public async Task a_cursor_further_behind_than_a_replay_may_reach_is_refused_naming_the_setting()
    {
        for (var i = 0; i < 3; i++)
        {
            await SubmitAsync();
        }
        var newest = await _app.Store.GetGraphVersionAsync(CancellationToken.None);
        var tooFar = new NetworkGraph.Api.Live.FeedCursor(newest - 3, 0).Text;
        var nearEnough = new NetworkGraph.Api.Live.FeedCursor(newest - 2, 0).Text;
        const string Query = "subscription($after: String) { graphChanged(after: $after) { cursor } }";

        var refusal = await RefusalAsync(Query, new { after = tooFar });
        Assert.Contains("LIMIT_EXCEEDED", refusal, StringComparison.Ordinal);
        Assert.Contains("Live:MaxReplay", refusal, StringComparison.Ordinal);
        await using var accepted = await ServerSentEvents.OpenAsync(_app.CreateClient(), Query, _app.Token("reader"), variables: new { after = nearEnough });
        Assert.Equal(HttpStatusCode.OK, accepted.Response.StatusCode);
    }

    [Fact]
    public async Task a_subscription_within_the_limits_streams()
    {
        await using var stream = await ServerSentEvents.OpenAsync(_app.CreateClient(), "subscription { graphChanged { operation } }", _app.Token("reader"));
        await Task.Delay(200);

        await SubmitAsync();

        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("submitFeedback", (await stream.NextAsync(_wait))!.Json["data"]!["graphChanged"]!["operation"]!.GetValue<string>());
    }
}
