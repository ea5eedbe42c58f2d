using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Browser;

/// <summary>How the service serves the workbench: from its own host, GraphiQL only to a browser asking for HTML.</summary>
public sealed partial class WorkbenchHostingTests : IAsyncLifetime
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private readonly NetworkGraphApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task get_graphql_from_a_browser_serves_graphiql_from_this_host()
    {
        using var response = await GetAsync("/graphql", BrowserAccept);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/vendor/graphiql.min.js", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    [InlineData("*/*")]
    [InlineData("text/html;q=0.5, application/json")]
    public async Task get_graphql_from_a_graphql_client_is_answered_as_graphql(string accept)
    {
        using var response = await GetAsync("/graphql?query=%7Bthemes%7BtotalCount%7D%7D", accept, preflight: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["themes"]);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/graphql")]
    [InlineData("/ngo")]
    public async Task every_script_and_style_of_a_page_comes_from_this_host(string page)
    {
        using var response = await GetAsync(page, BrowserAccept);
        var html = await response.Content.ReadAsStringAsync();

        // Inline data (the empty favicon) is no request at all.
        var assets = AssetReference().Matches(html).Select(match => match.Groups["url"].Value).Where(url => !url.StartsWith("data:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            Assert.StartsWith("/", asset, StringComparison.Ordinal);
            using var file = await GetAsync(asset, "*/*");
            Assert.True(file.StatusCode == HttpStatusCode.OK, $"{page} refers to {asset}, which answers {file.StatusCode}.");
        }
    }

    [Fact]
    public async Task graphiql_is_offered_every_example_operation()
    {
        using var response = await GetAsync("/workbench/operations.json", "application/json");

        var offered = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        var files = Directory.GetFiles(RepositoryPaths.Operations, "*.graphql").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files.Select(Path.GetFileNameWithoutExtension), offered.Select(operation => operation!["name"]!.GetValue<string>()));
        Assert.Equal(files.Select(File.ReadAllText), offered.Select(operation => operation!["query"]!.GetValue<string>()));
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string accept, bool preflight = false)
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        if (preflight)
        {
            request.Headers.Add("GraphQL-Require-Preflight", "1");
        }
        return await client.SendAsync(request);
    }

    [GeneratedRegex("""<(?:script|link)\b[^>]*\b(?:src|href)="(?<url>[^"]+)"[^>]*>""")]
    private static partial Regex AssetReference();
}
