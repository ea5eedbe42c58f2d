using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.GraphQL.Http;
using NetworkGraph.Api.Live;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Live;

/// <summary>A stream whose reader falls behind is ended, not slowed down or grown: it says where to resume.</summary>
public sealed class LiveStreamTests : IAsyncLifetime
{
    private readonly NetworkGraphApp _app = new(settings: new Dictionary<string, string>
    {
        ["Live:BufferPerListener"] = "2",
        ["Live:PollInterval"] = "00:00:00.050",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<LiveStream> OpenAsync(string query)
    {
        var admitted = _app.Services.GetRequiredService<GraphQLRequestReader>()
            .Admit(System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { query })));
        var start = await _app.Services.GetRequiredService<LiveExecution>()
            .StartAsync(admitted, new ClaimsPrincipal(new ClaimsIdentity()), null, null, CancellationToken.None);
        return start.Stream ?? throw new InvalidOperationException(start.Answer?.Errors?[0].Message);
    }

    private Task CreateAsync(string name) => _app.PostAsync(
        $$"""mutation { createInstitution(input: { name: "{{name}}", kind: NGO, level: MUNICIPAL, description: "A test centre." }) { id } }""",
        token: _app.Token("coordinator"));

    [Fact]
    public async Task a_reader_a_buffer_behind_gets_what_was_kept_then_slow_consumer_with_its_last_cursor()
    {
        var stream = await OpenAsync("subscription { graphChanged { cursor } }");
        await using var events = stream.ReadAllAsync(CancellationToken.None).GetAsyncEnumerator();
        var first = events.MoveNextAsync().AsTask();
        await Task.Delay(200);
        await CreateAsync("Slow reader centre 0");
        Assert.True(await first.WaitAsync(TimeSpan.FromSeconds(5)));

        // Not reading: five more changes meet a buffer of two.
        for (var i = 1; i <= 5; i++)
        {
            await CreateAsync($"Slow reader centre {i}");
            await Task.Delay(120);
        }

        var delivered = new List<string> { events.Current.Cursor! };
        var ended = await Assert.ThrowsAsync<SlowConsumerException>(async () =>
        {
            while (await events.MoveNextAsync())
            {
                delivered.Add(events.Current.Cursor!);
            }
        });
        Assert.InRange(delivered.Count, 1, 3);
        Assert.Equal(FeedCursor.TryParse(delivered[^1], out var last) ? last : default, stream.LastCursor);
        // The hub and the stream agree on where the reader stopped: what it last handed on is what was last read.
        Assert.Equal(ended.LastDelivered, stream.LastCursor?.GraphVersion);
    }
}
