using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using NetworkGraph.Api.Limits;

namespace NetworkGraph.Api.GraphQL.Http;

/// <summary>
/// A token bucket per client on /graphql: the token's subject when the caller is authenticated, else the
/// client's IP address. A refused request gets 429 with Retry-After and a GraphQL error body.
/// </summary>
public static class RateLimiting
{
    public static void Configure(RateLimiterOptions limiter, LimitsOptions.RateLimitSettings settings)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            !settings.Enabled || !http.Request.Path.StartsWithSegments(GraphQLEndpoint.Path)
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetTokenBucketLimiter(ClientOf(http.User, http.Connection.RemoteIpAddress), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = settings.Burst,
                    TokensPerPeriod = settings.PerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
        limiter.OnRejected = (context, cancellationToken) => RejectAsync(context, settings, cancellationToken);
    }

    /// <summary>Partitions by who the caller is, never by anything the caller can vary freely per request.</summary>
    public static string ClientOf(System.Security.Claims.ClaimsPrincipal user, System.Net.IPAddress? address) =>
        user.Identity?.IsAuthenticated == true && user.FindFirst("sub")?.Value is { Length: > 0 } subject
            ? "sub:" + subject
            : "ip:" + (address?.ToString() ?? "unknown");

    private static async ValueTask RejectAsync(OnRejectedContext context, LimitsOptions.RateLimitSettings settings, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        http.Response.ContentType = (MediaTypes.Negotiate(http.Request) ?? MediaTypes.Json) + "; charset=utf-8";
        var error = LimitErrors.Exceeded($"{LimitsOptions.Section}:RateLimit", settings.PerSecond,
            $"Too many requests: at most {settings.PerSecond} a second (bursts of {settings.Burst}) per client. Retry after the Retry-After header's seconds.");
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [error] }, cancellationToken);
    }
}
