using System.Text.Json.Nodes;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Live;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Live;

/// <summary>The error that ends a stream early says why by its code and where to resume by its cursor, as clients read it.</summary>
public sealed class LiveErrorsTests : IAsyncLifetime
{
    private readonly NetworkGraphApp _app = new(seeded: false);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private JsonNode Written(ExecutionError error) =>
        JsonNode.Parse(_app.Services.GetRequiredService<IGraphQLTextSerializer>().Serialize(new ExecutionResult { Errors = [error] }))!["errors"]![0]!;

    [Fact]
    public void a_slow_consumer_is_told_its_code_and_the_cursor_to_resume_after()
    {
        var cursor = new FeedCursor(41, 0);

        var error = Written(LiveErrors.Failed(new SlowConsumerException(41), cursor));

        Assert.Equal("SLOW_CONSUMER", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(cursor.Text, error["extensions"]!["cursor"]!.GetValue<string>());
    }

    [Fact]
    public void an_expired_token_is_unauthenticated_and_a_failed_read_is_store_unavailable()
    {
        Assert.Equal("UNAUTHENTICATED", Written(LiveErrors.TokenExpired(null))["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(Written(LiveErrors.TokenExpired(null))["extensions"]!["cursor"]);
        Assert.Equal("STORE_UNAVAILABLE", Written(LiveErrors.Failed(new IOException("gone"), FeedCursor.Start))["extensions"]!["code"]!.GetValue<string>());
    }
}
