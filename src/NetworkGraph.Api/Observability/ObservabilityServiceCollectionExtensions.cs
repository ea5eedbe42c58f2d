using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ZLogger;

namespace NetworkGraph.Api.Observability;

public static class ObservabilityServiceCollectionExtensions
{
    public const string ServiceName = "networkgraph-api";

    /// <summary>Health checks, request logs, metrics and traces. Call after the store is registered: it wraps it.</summary>
    public static WebApplicationBuilder AddNetworkGraphObservability(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<ConsoleLogOptions>(builder.Configuration, ConsoleLogOptions.Section);
        // One log line per request: the built-in console logger makes a system call and wakes its thread for each,
        // a quarter of a request's CPU under load. ZLogger's writer drains a queue from one background task, many
        // lines per write, and writes what is queued when the host disposes it.
        builder.Logging.ClearProviders()
            .AddZLoggerConsole((options, provider) => provider.GetRequiredService<IOptions<ConsoleLogOptions>>().Value.ApplyTo(options))
            // Costs nothing while no one listens, and lets dotnet-trace or dotnet-monitor collect the log on demand.
            .AddEventSourceLogger();
        services.AddHttpContextAccessor();
        services.AddSingleton<NetworkGraphMetrics>();
        RoundTripCountingGraphStore.Decorate(services);
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", HealthStatus.Unhealthy, [HealthEndpoints.ReadyTag], TimeSpan.FromSeconds(3));

        // Without a collector to send them to, spans and metric aggregates would be built for every request
        // and thrown away; the SDK is registered only when an OTLP endpoint is set. The round-trip histogram
        // is recorded either way, and is free while nothing listens.
        var telemetry = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (telemetry.Otlp.Endpoint is { } endpoint)
        {
            var protocol = Enum.TryParse<OtlpExportProtocol>(telemetry.Otlp.Protocol, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException("Telemetry:Otlp:Protocol must be Grpc or HttpProtobuf.");
            services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService(ServiceName))
                .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddMeter(NetworkGraphMetrics.MeterName))
                .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation(aspNetCore =>
                    // Query strings may carry a GET request's variables: keep them out of spans.
                    aspNetCore.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.query", null)))
                .UseOtlpExporter(protocol, endpoint);
        }
        return builder;
    }

    /// <summary>First in the pipeline, so the log line and the duration cover everything after it.</summary>
    public static WebApplication UseNetworkGraphObservability(this WebApplication app)
    {
        app.UseMiddleware<RequestLogging>();
        app.MapHealth();
        return app;
    }
}
