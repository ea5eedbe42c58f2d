using System.Diagnostics;
using ZLogger;

namespace NetworkGraph.Api.Observability;

/// <summary>
/// One structured log line per request, and the round-trip histogram for GraphQL requests. Logs method,
/// path, status, duration and the operation's name and type; never the query string, the body, variables,
/// tokens or the caller's address, which may carry personal data.
/// </summary>
public sealed partial class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger, NetworkGraphMetrics metrics)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var counter = new RoundTripCounter();
        http.Features.Set(counter);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(http);
        }
        finally
        {
            var operation = http.Features.Get<GraphQLOperationFeature>();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (operation is not null)
            {
                metrics.RoundTrips.Record(counter.Count, new KeyValuePair<string, object?>("graphql.operation.type", operation.Type));
            }
            LogRequest(logger, http.Request.Method, http.Request.Path.Value ?? "", http.Response.StatusCode, elapsed,
                operation?.Name ?? "", operation?.Type ?? "", counter.Count);
        }
    }

    // ZLogger's generated state keeps the values as they are and formats them into UTF-8 on the log's own writer task,
    // not on the request's thread.
    [ZLoggerMessage(LogLevel.Information,
        "{Method} {Path} answered {Status} in {DurationMs:0.0} ms (operation {OperationName} {OperationType}, {RoundTrips} store round trips)")]
    private static partial void LogRequest(ILogger logger, string method, string path, int status, double durationMs, string operationName, string operationType, int roundTrips);
}
