using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NetworkGraph.Api.Observability;

/// <summary>
/// <c>/health/live</c>: the process serves requests (no check runs, so a slow store never gets a live
/// process restarted; not logged, as probes come every few seconds). <c>/health/ready</c>: the store answers; 503 otherwise, so a load balancer stops
/// sending traffic. Both answer JSON and need no token.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    public const string ReadyTag = "ready";

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        // Probed every few seconds by every orchestrator and load balancer: a constant answer, written as soon as the
        // route matches (ShortCircuit), so a probe pays for no middleware, no request log line and no health report.
        endpoints.MapMethods(LivePath, [HttpMethods.Get, HttpMethods.Head], WriteLiveAsync).ShortCircuit();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return endpoints;
    }

    /// <summary>The answer of a live process: the same shape as <c>/health/ready</c>'s, with no check run.</summary>
    private static readonly byte[] _live = """{"status":"Healthy","durationMs":0,"checks":{}}"""u8.ToArray();

    private static Task WriteLiveAsync(HttpContext http)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentLength = _live.Length;
        return HttpMethods.IsHead(http.Request.Method) ? Task.CompletedTask : http.Response.Body.WriteAsync(_live, http.RequestAborted).AsTask();
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, cancellationToken: http.RequestAborted);
    }
}
