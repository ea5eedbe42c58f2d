using GraphQL.Execution;
using NetworkGraph.Api.Live.Transports;

namespace NetworkGraph.Api.Live;

public static class ChangeFeedServiceCollectionExtensions
{
    /// <summary>
    /// The one <see cref="ChangeFeedHub"/> of this instance, running beside the service, woken by this instance's
    /// writes; and the live updates it feeds: subscriptions over WebSocket and Server-Sent Events, and their limits.
    /// </summary>
    public static IServiceCollection AddChangeFeed(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<LiveOptions>(configuration, LiveOptions.Section);
        services.AddSingleton<LocalWrites>();
        SignallingGraphStore.Decorate(services);
        services.AddSingleton<ChangeFeedHub>();
        services.AddHostedService(provider => provider.GetRequiredService<ChangeFeedHub>());
        services.AddSingleton<IExecutionStrategySelector, LiveExecutionStrategySelector>();
        services.AddSingleton<LiveLimits>();
        services.AddSingleton<LiveRenderings>();
        services.AddSingleton<LiveExecution>();
        services.AddSingleton<Heartbeat>();
        services.AddSingleton<ServerSentEventsTransport>();
        services.AddSingleton<WebSocketTransport>();
        return services;
    }
}
