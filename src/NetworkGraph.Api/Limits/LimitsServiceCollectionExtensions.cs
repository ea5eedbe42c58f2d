using Microsoft.Extensions.Options;

namespace NetworkGraph.Api.Limits;

public static class LimitsServiceCollectionExtensions
{
    /// <summary>The limits of docs/architecture.md §6: settings under GraphQL and GraphQL:Limits, validated on start.</summary>
    public static IServiceCollection AddNetworkGraphLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<LimitsOptions>(configuration, LimitsOptions.Section);
        services.AddValidatedOptions<RequestLimitsOptions>(configuration, RequestLimitsOptions.Section);
        services.AddSingleton<DocumentLimits>();
        services.AddSingleton(provider => new ComplexityLimitRule(provider.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxComplexity));
        return services;
    }
}
