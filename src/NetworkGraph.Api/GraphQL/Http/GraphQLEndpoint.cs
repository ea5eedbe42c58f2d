using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Limits;
using NetworkGraph.Api.Live.Transports;
using NetworkGraph.Api.Workbench;

namespace NetworkGraph.Api.GraphQL.Http;

public static class GraphQLEndpoint
{
    public const string Path = "/graphql";
    public const string SchemaPath = "/schema.graphql";

    /// <summary>The request reader, the response writer and the per-client rate limiter of <see cref="Path"/>.</summary>
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services)
    {
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<GraphQLResponseWriter>();
        services.AddSingleton<GraphQLHttpHandler>();
        services.AddSingleton<EntityTags>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<LimitsOptions>>((limiter, limits) => RateLimiting.Configure(limiter, limits.Value.RateLimit));
        return services;
    }

    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints)
    {
        // CONNECT: a WebSocket over HTTP/2 (RFC 8441) opens with it where HTTP/1.1 sends an upgrading GET.
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post, HttpMethods.Connect],
                // A WebSocket upgrade speaks graphql-transport-ws; a browser asking for HTML gets the GraphiQL IDE; every
                // other client speaks GraphQL over HTTP (or over SSE, when it accepts text/event-stream).
                (HttpContext http, GraphQLHttpHandler handler, WebSocketTransport sockets) =>
                    http.WebSockets.IsWebSocketRequest ? sockets.HandleAsync(http)
                    : GraphiQLPage.IsRequestedBy(http.Request) ? GraphiQLPage.SendAsync(http)
                    : handler.HandleAsync(http))
            .WithName("GraphQL")
            .DisableAntiforgery();

        // The served schema in SDL: what schema/schema.graphql must equal.
        var sdl = new Lazy<string>(() => endpoints.ServiceProvider.GetRequiredService<ISchema>().Print());
        endpoints.MapGet(SchemaPath, () => Results.Text(sdl.Value, "text/plain; charset=utf-8")).WithName("Schema");
        return endpoints;
    }
}
