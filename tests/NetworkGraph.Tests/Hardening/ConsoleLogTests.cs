using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using NetworkGraph.Api.Observability;
using NetworkGraph.Tests.Support;
using ZLogger;
using ZLogger.Providers;

namespace NetworkGraph.Tests.Hardening;

/// <summary>The console log as an operator reads it: its line formats, its settings, and nothing lost when the service stops.</summary>
public sealed class ConsoleLogTests : IDisposable
{
    private const string RequestLoggingCategory = "NetworkGraph.Api.Observability.RequestLogging";

    private readonly string _folder = Directory.CreateTempSubdirectory("networkgraph-").FullName;

    private string DataFile => Path.Combine(_folder, "networkgraph.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void a_simple_line_names_the_level_and_the_category_before_the_message()
    {
        var lines = Written([], factory => factory.CreateLogger("NetworkGraph.Store").LogInformation("The store was empty: seeded {Nodes} nodes", 108));

        Assert.Equal(["INF NetworkGraph.Store: The store was empty: seeded 108 nodes"], lines);
    }

    [Fact]
    public void a_json_line_carries_the_level_the_category_the_message_and_each_field()
    {
        var lines = Written(new() { ["Logging:Console:FormatterName"] = "Json" }, factory =>
            factory.CreateLogger(RequestLoggingCategory).LogInformation("{Method} {Path} answered {Status}", "POST", "/graphql", 200));

        var line = JsonNode.Parse(Assert.Single(lines))!;
        Assert.Equal("Information", line["LogLevel"]!.GetValue<string>());
        Assert.Equal(RequestLoggingCategory, line["Category"]!.GetValue<string>());
        Assert.Equal("POST /graphql answered 200", line["Message"]!.GetValue<string>());
        Assert.Equal(200, line["Status"]!.GetValue<int>());
    }

    [Fact]
    public void every_line_logged_before_the_log_is_disposed_is_written_in_each_threads_order()
    {
        // More lines than the queue holds by default: callers wait for room rather than lose lines.
        const int threads = 4;
        const int linesEach = 5_000;

        var lines = Written([], factory => Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, thread =>
        {
            var logger = factory.CreateLogger("NetworkGraph.Tests");
            for (var i = 0; i < linesEach; i++)
            {
                logger.LogInformation("t{Thread} {Line}", thread, i);
            }
        }));

        Assert.Equal(threads * linesEach, lines.Count);
        for (var thread = 0; thread < threads; thread++)
        {
            var prefix = $"INF NetworkGraph.Tests: t{thread} ";
            var own = lines.Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Select(l => int.Parse(l[prefix.Length..]));
            Assert.Equal(Enumerable.Range(0, linesEach), own);
        }
    }

    [Fact]
    public async Task the_service_writes_its_console_log_through_zlogger_alone()
    {
        await using var app = new NetworkGraphApp();

        var providers = app.Services.GetServices<ILoggerProvider>().ToList();

        Assert.Single(providers, p => p is ZLoggerConsoleLoggerProvider);
        Assert.DoesNotContain(providers, p => p is ConsoleLoggerProvider);
    }

    [Theory]
    [InlineData("Logging:Console:FormatterName", "xml")]
    [InlineData("Logging:Console:MaxQueueLength", "0")]
    [InlineData("Logging:Console:QueueFullMode", "Sometimes")]
    public async Task a_bad_console_setting_stops_the_start_naming_the_setting(string setting, string value)
    {
        await using var app = new NetworkGraphApp();
        using var misconfigured = app.WithWebHostBuilder(builder => builder.UseSetting(setting, value));

        var error = Assert.ThrowsAny<Exception>(() => misconfigured.Services);

        Assert.Contains(setting, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task as_json_the_service_writes_one_object_per_line_the_request_without_secrets_and_the_lines_of_its_stop()
    {
        await using var server = await RealServer.StartAsync(DataFile, "--Logging:Console:FormatterName=json");
        var token = TestTokens.Signed();

        var status = await PostAsync(server, "query FindByName($text: String!) { search(text: $text) { id } institution(id: \"harreragune\") { name } }",
            new { text = "maria-garcia-private" }, token);
        var exitCode = await server.StopAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, exitCode);
        var lines = server.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => JsonNode.Parse(l)!).ToList();
        var request = Assert.Single(lines, l => l["Category"]!.GetValue<string>() == RequestLoggingCategory && l["Path"]!.GetValue<string>() == "/graphql");
        Assert.Equal("Information", request["LogLevel"]!.GetValue<string>());
        Assert.Equal("POST", request["Method"]!.GetValue<string>());
        Assert.Equal(200, request["Status"]!.GetValue<int>());
        Assert.Equal("FindByName", request["OperationName"]!.GetValue<string>());
        Assert.Equal("query", request["OperationType"]!.GetValue<string>());
        Assert.True(request["RoundTrips"]!.GetValue<int>() >= 1, request.ToJsonString());
        Assert.True(request["DurationMs"]!.GetValue<double>() > 0, request.ToJsonString());
        Assert.StartsWith("POST /graphql answered 200 in ", request["Message"]!.GetValue<string>(), StringComparison.Ordinal);
        var text = request.ToJsonString();
        foreach (var secret in new[] { "maria-garcia-private", "harreragune", "search(", token, "127.0.0.1" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
        // Logged while the host stops, moments before the log is disposed: lost unless disposing writes what is queued.
        Assert.Contains(lines, l => l["Category"]!.GetValue<string>() == "Microsoft.Hosting.Lifetime"
            && l["Message"]!.GetValue<string>() == "Application is shutting down...");
    }

    [Fact]
    public async Task entries_from_the_standard_error_threshold_up_go_to_standard_error()
    {
        await using var server = await RealServer.StartAsync(DataFile,
            "--Logging:Console:LogToStandardErrorThreshold=Warning", "--GraphQL:Limits:PersistedOperations:Directory=no-such-folder");

        var status = await PostAsync(server, "{ __typename }");
        await server.StopAsync();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"INF {RequestLoggingCategory}: POST /graphql answered 200 in ", server.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("WRN NetworkGraph.Api.Execution.PersistedOperations: No persisted operations: the folder ", server.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("WRN ", server.StandardOutput, StringComparison.Ordinal);
    }

    /// <summary>What the service's console settings make of the lines logged, written to a stream instead of the console.</summary>
    private static List<string> Written(Dictionary<string, string?> settings, Action<ILoggerFactory> log)
    {
        var options = new ConfigurationBuilder().AddInMemoryCollection(settings).Build()
            .GetSection(ConsoleLogOptions.Section).Get<ConsoleLogOptions>() ?? new ConsoleLogOptions();
        var output = new MemoryStream();
        using (var factory = LoggerFactory.Create(logging => logging.AddZLoggerStream(output, options.ApplyTo)))
        {
            log(factory);
        }
        return [.. Encoding.UTF8.GetString(output.ToArray()).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)];
    }

    private static async Task<HttpStatusCode> PostAsync(RealServer server, string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await server.Client.SendAsync(request);
        return response.StatusCode;
    }
}
