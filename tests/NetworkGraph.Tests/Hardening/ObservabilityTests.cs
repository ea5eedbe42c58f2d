using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NetworkGraph.Api.Observability;
using NetworkGraph.Core.Graph;
using NetworkGraph.Tests.Support;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NetworkGraph.Tests.Hardening;

/// <summary>Health endpoints, request logs without personal data, and the round-trip metric.</summary>
public sealed class ObservabilityTests : IAsyncLifetime
{
    private readonly NetworkGraphApp _app = new(anonymousRead: false);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task health_endpoints_answer_json_without_a_token(string path)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(path);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task live_answers_a_head_request_and_is_not_logged_or_limited()
    {
        var logs = new CapturingLoggerProvider();
        using var app = _app.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        using var client = app.CreateClient();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/health/live"));
        using var get = await client.GetAsync("/health/live");
        using var post = await client.PostAsync("/health/live", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal("no-store", get.Headers.CacheControl!.ToString());
        Assert.Equal("""{"status":"Healthy","durationMs":0,"checks":{}}""", await get.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.DoesNotContain(logs.Lines, line => line.Contains("GET /health/live", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ready_is_503_while_the_store_does_not_answer_and_live_stays_200()
    {
        using var app = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IGraphStore>(provider => new FailingVersionGraphStore(provider.GetRequiredService<CountingGraphStore>()))));
        ((FailingVersionGraphStore)app.Services.GetRequiredService<IGraphStore>()).Broken = true;
        using var client = app.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");
        var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", body["checks"]!["store"]!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task request_logs_name_the_operation_but_never_its_text_variables_or_token()
    {
        var logs = new CapturingLoggerProvider();
        using var app = _app.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        var token = app.Token("reader", "planner-7");

        var (status, _, _) = await app.PostQueryAsync(
            "query FindByName($text: String!) { search(text: $text) { id } institution(id: \"harreragune\") { name } }",
            new { text = "maria-garcia-private" }, token: token);

        Assert.Equal(HttpStatusCode.OK, status);
        var line = Assert.Single(logs.Lines, l => l.Contains("POST /graphql", StringComparison.Ordinal));
        Assert.Contains("answered 200", line, StringComparison.Ordinal);
        Assert.Contains("operation FindByName query", line, StringComparison.Ordinal);
        var everything = string.Join("\n", logs.Lines);
        Assert.DoesNotContain("maria-garcia-private", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("harreragune", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(token, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task every_graphql_request_records_its_store_round_trips()
    {
        // The test host replaces the store after the service wrapped it: wrap the replacement the same way.
        using var app = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(RoundTripCountingGraphStore.Decorate));
        var meters = app.Services.GetRequiredService<IMeterFactory>();
        var recorded = new ConcurrentQueue<(int RoundTrips, string? Type)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Name == "networkgraph.store.round_trips")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((_, value, tags, _) =>
            recorded.Enqueue((value, tags.ToArray().Single(t => t.Key == "graphql.operation.type").Value as string)));
        listener.Start();

        var (status, _, _) = await app.PostQueryAsync(
            "{ institutions(first: 5) { nodes { name memberships { network { name } } } } }", token: app.Token("reader"));

        Assert.Equal(HttpStatusCode.OK, status);
        var (roundTrips, type) = Assert.Single(recorded);
        Assert.Equal("query", type);
        Assert.True(roundTrips >= 2, $"Expected the listing and its relations, got {roundTrips}");
    }

    [Fact]
    public void no_spans_or_metric_aggregates_are_built_without_a_collector()
    {
        Assert.Null(_app.Services.GetService<TracerProvider>());
        Assert.Null(_app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task an_otlp_endpoint_switches_on_traces_and_metrics_and_the_service_still_answers()
    {
        using var app = _app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Telemetry:Otlp:Endpoint", "http://127.0.0.1:9");
            builder.UseSetting("Telemetry:Otlp:Protocol", "HttpProtobuf");
        });

        var (status, _, _) = await app.PostQueryAsync("{ institution(id: \"harreragune\") { name } }", token: app.Token("reader"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(app.Services.GetService<TracerProvider>());
        Assert.NotNull(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public void an_unknown_otlp_protocol_stops_the_start_naming_the_setting()
    {
        using var app = _app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Telemetry:Otlp:Endpoint", "http://127.0.0.1:9");
            builder.UseSetting("Telemetry:Otlp:Protocol", "carrier-pigeon");
        });

        var error = Assert.ThrowsAny<Exception>(() => app.Services);

        Assert.Contains("Telemetry:Otlp:Protocol", error.ToString(), StringComparison.Ordinal);
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => [.. _lines];

        public ILogger CreateLogger(string categoryName) => new Logger(_lines);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception) + (exception is null ? "" : "\n" + exception));
        }
    }
}
