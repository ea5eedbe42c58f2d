using NetworkGraph.Core.Graph;
using NetworkGraph.Tests.Stores;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Api;

/// <summary>
/// The <c>search</c> root field over the store's ranking: the best match is never cut by the number of matches, and
/// rows the caller may not see (feedback items) never take the place of ones it may.
/// </summary>
public sealed class SearchApiTests : IAsyncLifetime
{
    private const string Search = "query Search($text: String!, $first: Int) { search(text: $text, first: $first) { __typename id } }";

    private readonly NetworkGraphApp _app = new(seeded: false);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task WriteAsync(IEnumerable<NodeRecord> nodes) =>
        _app.Store.WriteAsync(WriteBatch.Of([.. nodes.Select(node => (GraphWrite)new CreateNode(node))]), CancellationToken.None);

    private async Task<IReadOnlyList<string>> SearchIdsAsync(string text, int first, string? token = null)
    {
        var data = await _app.QueryAsync(Search, new { text, first }, token);
        return [.. data["search"]!.AsArray().Select(node => node!["id"]!.GetValue<string>())];
    }

    [Fact]
    public async Task an_exact_name_with_a_late_id_comes_first_among_more_matches_than_a_page_holds()
    {
        await WriteAsync([
            .. Enumerable.Range(1, 150).Select(i => TestNodes.Institution($"a-office-{i:D3}", $"Harreragune office {i}")),
            TestNodes.Institution("zz-harreragune", "Harreragune")]);

        Assert.Equal(["zz-harreragune"], await SearchIdsAsync("  Harreragune ", first: 1));
        Assert.Equal(["zz-harreragune", "a-office-001", "a-office-002"], await SearchIdsAsync("harreragune", first: 3));
    }

    [Fact]
    public async Task matches_come_exact_then_by_name_prefix_then_the_rest_each_shorter_names_first()
    {
        await WriteAsync([
            TestNodes.Institution("port-of-bilbao", "Port of Bilbao"),
            TestNodes.Institution("bilbao-city-council", "Bilbao City Council"),
            TestNodes.Institution("bilbao-ekintza", "Bilbao Ekintza"),
            TestNodes.Territory("zz-bilbao", "Bilbao"),
            TestNodes.Institution("abc", "Ayuntamiento de Bilbao", "BILBAO")]);

        Assert.Equal(
            ["zz-bilbao", "abc", "bilbao-ekintza", "bilbao-city-council", "port-of-bilbao"],
            await SearchIdsAsync("BILBAO", first: 10));
    }

    [Fact]
    public async Task a_match_the_caller_may_see_is_found_behind_better_ones_it_may_not()
    {
        await WriteAsync([
            .. Enumerable.Range(1, 60).Select(i => TestNodes.FeedbackItem($"fb-waiting-{i:D2}", $"Waiting times {i}")),
            TestNodes.Institution("waiting-room-network", "Network of waiting rooms and times")]);

        Assert.Equal(["waiting-room-network"], await SearchIdsAsync("waiting", first: 1));
        Assert.Equal(["fb-waiting-01"], await SearchIdsAsync("waiting", first: 1, token: _app.Token("reader")));
        Assert.Empty(await SearchIdsAsync("waiting times 1", first: 5));
    }
}
