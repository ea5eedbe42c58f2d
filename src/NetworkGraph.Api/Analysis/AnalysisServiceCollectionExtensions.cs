using Microsoft.Extensions.DependencyInjection.Extensions;
using NetworkGraph.Api.Live;

namespace NetworkGraph.Api.Analysis;

public static class AnalysisServiceCollectionExtensions
{
    /// <summary>The analysis kept up to date off the request path: the published state, its builder, and each request's view of it.</summary>
    public static IServiceCollection AddAnalysis(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AnalysisOptions>(configuration, AnalysisOptions.Section);
        services.TryAddSingleton<LocalWrites>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LatestAnalysis>();
        services.AddSingleton<RestrictedRankings>();
        services.AddSingleton<AnalysisSnapshots>();
        services.AddSingleton<AnalysisBuilder>();
        services.AddHostedService(provider => provider.GetRequiredService<AnalysisBuilder>());
        services.AddScoped<RequestDate>();
        services.AddScoped<RequestAnalysis>();
        return services;
    }
}
