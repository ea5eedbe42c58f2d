using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using NetworkGraph.Api.GraphQL.Http;
using NetworkGraph.Api.Observability;

namespace NetworkGraph.Api.Live.Transports;

/// <summary>
/// GraphQL over WebSocket, the graphql-transport-ws protocol of the graphql-ws library, at /graphql. The upgrade is
/// refused (403) to a page of an origin not allowed (cross-site WebSocket hijacking), and (400) without the
/// protocol; each accepted socket is one <see cref="GraphQLWebSocketConnection"/>.
/// </summary>
public sealed class WebSocketTransport(
    GraphQLRequestReader reader,
    GraphQLResponseWriter writer,
    LiveExecution live,
    LiveLimits limits,
    IOptions<LiveOptions> options,
    IOptionsMonitor<JwtBearerOptions> jwt,
    IHostApplicationLifetime lifetime,
    IGraphQLTextSerializer serializer,
    NetworkGraphMetrics metrics,
    Heartbeat heartbeat,
    IOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions> rateLimits,
    IOptions<AuthOptions> auth,
    IOptions<Limits.LimitsOptions> requestLimits,
    TimeProvider time)
{
    public const string Protocol = "graphql-transport-ws";

    internal GraphQLRequestReader Reader => reader;
    internal LiveExecution Live => live;
    internal LiveLimits Limits => limits;
    internal LiveOptions Options => options.Value;
    internal IHostApplicationLifetime Lifetime => lifetime;
    internal IGraphQLTextSerializer Serializer => serializer;
    internal NetworkGraphMetrics Metrics => metrics;
    internal TimeProvider Time => time;
    internal Heartbeat Heartbeat => heartbeat;

    /// <summary>The per-client token bucket of /graphql: each operation sent over a socket takes a token, as a request would.</summary>
    internal System.Threading.RateLimiting.PartitionedRateLimiter<HttpContext>? RateLimiter => rateLimits.Value.GlobalLimiter;

    internal int RatePerSecond => requestLimits.Value.RateLimit.PerSecond;

    /// <summary>The clock skew tokens are validated with: a token expires for a socket when it would for a request.</summary>
    internal TimeSpan ClockSkew => TimeSpan.FromSeconds(auth.Value.ClockSkewSeconds);

    public async Task HandleAsync(HttpContext http)
    {
        if (!string.IsNullOrEmpty(http.Request.Headers.Authorization) && http.User.Identity?.IsAuthenticated != true)
        {
            // As over HTTP: a token that fails validation is refused, never downgraded to anonymous.
            await writer.WriteAsync(http, MediaTypes.Json, new Rejection(
                new UserError(ErrorCodes.Unauthenticated, "The bearer token is invalid."), StatusCodes.Status401Unauthorized));
            return;
        }
        if (!OriginAllowed(http.Request))
        {
            await writer.WriteAsync(http, MediaTypes.Json, new Rejection(
                new UserError(ErrorCodes.Forbidden, "WebSocket connections from this origin are not allowed."), StatusCodes.Status403Forbidden));
            return;
        }
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(Protocol))
        {
            await writer.WriteAsync(http, MediaTypes.Json, new Rejection(
                new UserError(ErrorCodes.BadRequest, $"Ask for the WebSocket subprotocol '{Protocol}'."), StatusCodes.Status400BadRequest));
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
        {
            SubProtocol = Protocol,
            // The protocol's own ping and pong keep the connection alive, and say the client still answers.
            KeepAliveInterval = TimeSpan.Zero,
        });
        await using var connection = new GraphQLWebSocketConnection(this, socket, http);
        await connection.RunAsync();
    }

    /// <summary>
    /// Checks a <c>connection_init</c>'s token by the same rules as an HTTP request's bearer token; null when it is
    /// refused. Without a token the caller is the upgrade request's (anonymous, or its own bearer token).
    /// </summary>
    internal async Task<ClaimsPrincipal?> CallerAsync(string? authorization, ClaimsPrincipal upgradeUser)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            return upgradeUser;
        }
        const string Bearer = "Bearer ";
        if (!authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var bearer = jwt.Get(JwtBearerDefaults.AuthenticationScheme);
        var parameters = bearer.TokenValidationParameters.Clone();
        if (bearer.ConfigurationManager is { } manager)
        {
            var configuration = await manager.GetConfigurationAsync(CancellationToken.None);
            parameters.IssuerSigningKeys = configuration.SigningKeys;
        }
        var result = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(authorization[Bearer.Length..].Trim(), parameters);
        return result.IsValid ? LiveCallers.Kept(new ClaimsPrincipal(result.ClaimsIdentity)) : null;
    }

    private bool OriginAllowed(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            // Not a browser: no page of another site can be acting through it.
            return true;
        }
        var own = $"{request.Scheme}://{request.Host}";
        return Same(origin, own) || options.Value.AllowedOrigins.Any(allowed => Same(origin, allowed));
    }

    private static bool Same(string origin, string other) =>
        string.Equals(origin.TrimEnd('/'), other.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
