namespace NetworkGraph.Api.Caching;

public static class CachingServiceCollectionExtensions
{
    /// <summary>The result cache of read answers, the graph version it is keyed by, and its settings.</summary>
    public static IServiceCollection AddResultCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ResultCacheOptions>(configuration, ResultCacheOptions.Section);
        services.AddSingleton<GraphVersionClock>();
        services.AddSingleton<ResultCache>();
        services.AddSingleton<CachedAnswers>();
        services.AddScoped<RequestGraphState>();
        return services;
    }
}
