using Microsoft.Extensions.Options;

namespace NetworkGraph.Api.Limits;

public static class LimitsServiceCollectionExtensions
{
    /// <summary>The limits of docs/architecture.md §6: settings under GraphQL and GraphQL:Limits, validated on start.</summary>
    public static IServiceCollection AddNetworkGraphLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LimitsOptions>().Bind(configuration.GetSection(LimitsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RequestLimitsOptions>().Bind(configuration.GetSection(RequestLimitsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DocumentLimits>();
        services.AddSingleton(provider => new ComplexityLimitRule(provider.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxComplexity));
        return services;
    }
}
