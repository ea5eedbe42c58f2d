using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Browser;

/// <summary>
/// One run of web/tests/workbench.mjs against the built service: Chromium opens the IDE, the map and
/// the NGO view and reports what it saw as JSON; the tests compare it with the API's own answers.
/// The run is shared by the tests of a class because a browser session is slow to start.
/// </summary>
/// <param name="script">The script of web/tests/ to run: workbench.mjs, or languages.mjs for the pages in every language.</param>
public sealed class WorkbenchSession(string script = "workbench.mjs") : IAsyncDisposable
{
    public const string NgoOrg = "arrupe-etxea";
    public const string TraceItem = "demo-fb-regularisation-appointment-waits";

    private readonly string _folder = Directory.CreateTempSubdirectory("networkgraph-browser-").FullName;
    private readonly Lock _gate = new();
    private Task<JsonNode>? _run;
    private RealServer? _server;

    public string RejectedTitle { get; } = $"Turned away {Guid.NewGuid():N}";

    public string AcceptedTitle { get; } = $"Waiting times {Guid.NewGuid():N}";

    public int FeedbackItemsBefore { get; private set; }

    public static string ScreenshotFolder => Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");

    public RealServer Server => _server ?? throw new InvalidOperationException("Run the session first.");

    /// <summary>
    /// Starts the service and the browser once; later calls get the same output, or the same failure: a failed
    /// run is not tried again by every test of the class, each with a service of its own.
    /// </summary>
    public Task<JsonNode> RunAsync()
    {
        lock (_gate)
        {
            return _run ??= RunOnceAsync();
        }
    }

    private async Task<JsonNode> RunOnceAsync()
    {
        _server = await RealServer.StartAsync(Path.Combine(_folder, "networkgraph.db"));
        FeedbackItemsBefore = (await QueryAsync("{ feedbackItems { totalCount } }", TestTokens.Signed("admin")))["feedbackItems"]!["totalCount"]!.GetValue<int>();
        return await RunBrowserAsync(_server.Address);
    }

    /// <summary>A query over the same socket the browser used; the data, or an exception naming the errors.</summary>
    public async Task<JsonNode> QueryAsync(string query, string? token = null, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await Server.Client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["errors"] is null ? body["data"]! : throw new InvalidOperationException(body.ToJsonString());
    }

    private async Task<JsonNode> RunBrowserAsync(Uri address)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var start = new ProcessStartInfo("node") { WorkingDirectory = RepositoryPaths.Root };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "web", "tests", script));
        start.ArgumentList.Add(address.ToString());
        start.ArgumentList.Add(ScreenshotFolder);
        // The browser's profile and temporary files go into the session's folder: a browser left running names it.
        start.Environment["TMPDIR"] = _folder;
        start.Environment["CHROMIUM_PATH"] = BrowserFactAttribute.ChromiumPath;
        start.Environment["NETWORKGRAPH_READER_TOKEN"] = TestTokens.Signed("reader");
        start.Environment["NETWORKGRAPH_NGO_TOKEN"] = TestTokens.Signed("ngo", NgoOrg);
        start.Environment["NETWORKGRAPH_COORDINATOR_TOKEN"] = TestTokens.Signed("coordinator");
        start.Environment["NETWORKGRAPH_TRACE_ITEM"] = TraceItem;
        start.Environment["NETWORKGRAPH_REJECTED_TITLE"] = RejectedTitle;
        start.Environment["NETWORKGRAPH_ACCEPTED_TITLE"] = AcceptedTitle;

        var (exitCode, output, errors) = await TestProcess.RunAsync(start, TimeSpan.FromMinutes(4));
        if (exitCode != 0 || string.IsNullOrWhiteSpace(output))
        {
            throw new InvalidOperationException($"The browser run failed (exit {exitCode}):\n{errors}\n{output}");
        }
        return JsonNode.Parse(output)!;
    }

    public async ValueTask DisposeAsync()
    {
        Task<JsonNode>? run;
        lock (_gate)
        {
            // A run asked for after this point would start a service nobody stops.
            run = _run ??= Task.FromException<JsonNode>(new ObjectDisposedException(nameof(WorkbenchSession)));
        }
        try
        {
            // Bounded by the service's start and the browser's timeout; only then is the server known.
            await run;
        }
        catch (Exception)
        {
            // The tests that asked for the run have reported its failure.
        }
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        Directory.Delete(_folder, recursive: true);
    }
}
