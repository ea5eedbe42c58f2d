using System.Text.Json.Nodes;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Api;

/// <summary>Every example operation in schema/operations runs against the seed without errors and finds something.</summary>
public sealed class ExampleOperationsTests : IAsyncLifetime
{
    private readonly NetworkGraphApp _app = new();

    /// <summary>The queries and mutations; the subscriptions stream, and are run by <c>Live/ExampleSubscriptionTests</c>.</summary>
    public static TheoryData<string> Operations() =>
        [.. Directory.GetFiles(RepositoryPaths.Operations, "*.graphql")
            .Where(path => !File.ReadAllText(path).Contains("subscription ", StringComparison.Ordinal))
            .Select(path => Path.GetFileName(path))
            .Order()];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task the_example_operation_answers_from_the_seed(string file)
    {
        var document = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Operations, file));
        var token = document.Contains("mutation ", StringComparison.Ordinal) ? _app.Token("ngo", "arrupe-etxea") : _app.Token("reader");

        var data = await _app.QueryAsync(document, token: token);

        var root = Assert.Single(data.AsObject()).Value;
        Assert.False(root is null or JsonArray { Count: 0 }, $"{file} found nothing");
    }

    [Fact]
    public void each_operation_file_holds_one_operation_named_like_the_file()
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.Operations, "*.graphql"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var text = File.ReadAllText(file);
            Assert.True(
                text.Contains($"query {name}", StringComparison.Ordinal) || text.Contains($"mutation {name}", StringComparison.Ordinal)
                || text.Contains($"subscription {name}", StringComparison.Ordinal),
                file);
        }
    }
}
