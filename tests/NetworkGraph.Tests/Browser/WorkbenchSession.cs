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
public sealed class WorkbenchSession : IAsyncDisposable
{
    public const string NgoOrg = "arrupe-etxea";
    public const string TraceItem = "demo-fb-regularisation-appointment-waits";

    private readonly string _folder = Directory.CreateTempSubdirectory("networkgraph-browser-").FullName;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private RealServer? _server;
    private JsonNode? _output;

    public string RejectedTitle { get; } = $"Turned away {Guid.NewGuid():N}";

    public string AcceptedTitle { get; } = $"Waiting times {Guid.NewGuid():N}";

    public int FeedbackItemsBefore { get; private set; }

    public static string ScreenshotFolder => Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");

    public RealServer Server => _server ?? throw new InvalidOperationException("Run the session first.");

    /// <summary>Starts the service and the browser once; later calls return the same output.</summary>
    public async Task<JsonNode> RunAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_output is null)
            {
                _server = await RealServer.StartAsync(Path.Combine(_folder, "networkgraph.db"));
                FeedbackItemsBefore = (await QueryAsync("{ feedbackItems { totalCount } }", TestTokens.Signed("admin")))["feedbackItems"]!["totalCount"]!.GetValue<int>();
                _output = await RunBrowserAsync(_server.Address);
            }
            return _output;
        }
        finally
        {
            _gate.Release();
        }
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
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.Root, "web", "tests", "workbench.mjs"));
        start.ArgumentList.Add(address.ToString());
        start.ArgumentList.Add(ScreenshotFolder);
        start.Environment["CHROMIUM_PATH"] = BrowserFactAttribute.ChromiumPath;
        start.Environment["NETWORKGRAPH_READER_TOKEN"] = TestTokens.Signed("reader");
        start.Environment["NETWORKGRAPH_NGO_TOKEN"] = TestTokens.Signed("ngo", NgoOrg);
        start.Environment["NETWORKGRAPH_TRACE_ITEM"] = TraceItem;
        start.Environment["NETWORKGRAPH_REJECTED_TITLE"] = RejectedTitle;
        start.Environment["NETWORKGRAPH_ACCEPTED_TITLE"] = AcceptedTitle;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The browser run did not finish within 4 minutes:\n{await stderr}");
        }
        var output = await stdout;
        if (process.ExitCode != 0 || string.IsNullOrWhiteSpace(output))
        {
            throw new InvalidOperationException($"The browser run failed (exit {process.ExitCode}):\n{await stderr}\n{output}");
        }
        return JsonNode.Parse(output)!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        _gate.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
