using System.Net;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Live;

/// <summary>A subscription passes the same limits as a query before anything streams, and selects one root field.</summary>
public sealed class SubscriptionLimitsTests : IAsyncLifetime
{
    private static readonly TimeSpan _wait = TimeSpan.FromSeconds(5);

    private readonly NetworkGraphApp _app = new(settings: new Dictionary<string, string> { ["GraphQL:Limits:MaxDepth"] = "4" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task a_subscription_deeper_than_the_limit_is_refused_before_it_streams()
    {
        await using var stream = await ServerSentEvents.OpenAsync(_app.CreateClient(),
            "subscription { feedbackChanged { item { raisedBy { memberships { network { name } } } } } }", _app.Token("reader"));

        Assert.Equal(HttpStatusCode.BadRequest, stream.Response.StatusCode);
        Assert.Contains("LIMIT_EXCEEDED", await stream.Response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_subscription_of_two_root_fields_is_refused()
    {
        await using var stream = await ServerSentEvents.OpenAsync(_app.CreateClient(),
            "subscription { graphChanged { cursor } dashboardChanged { institutions } }", _app.Token("reader"));

        Assert.Equal(HttpStatusCode.BadRequest, stream.Response.StatusCode);
        Assert.Contains("single", await stream.Response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task a_subscription_within_the_limits_streams()
    {
        await using var stream = await ServerSentEvents.OpenAsync(_app.CreateClient(), "subscription { graphChanged { operation } }", _app.Token("reader"));
        await Task.Delay(200);

        await _app.PostAsync(
            """mutation { submitFeedback(input: { title: "Evening hours", description: "Working families cannot come in the morning.", themeId: "reception" }) { id } }""",
            token: _app.Token("ngo", "arrupe-etxea"));

        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("submitFeedback", (await stream.NextAsync(_wait))!.Json["data"]!["graphChanged"]!["operation"]!.GetValue<string>());
    }
}
