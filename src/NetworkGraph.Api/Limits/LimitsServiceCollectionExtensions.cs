using GraphQL.DI;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace NetworkGraph.Api.Limits;

public static class LimitsServiceCollectionExtensions
{
    /// <summary>The limits of DESIGN §6: settings under GraphQL:Limits, validated on start.</summary>
    public static IServiceCollection AddNetworkGraphLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LimitsOptions>().Bind(configuration.GetSection(LimitsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DocumentGate>();
        services.AddSingleton<PersistedOperations>();
        services.AddSingleton(provider => new ComplexityLimitRule(provider.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxComplexity));
        services.AddSingleton<IConfigureExecution, LimitsExecution>();
        services.AddSingleton<IConfigureExecution, ValidationCache>();
        // After AddGraphQL: the executer takes the last registered validator.
        services.AddSingleton<IDocumentValidator, RememberingDocumentValidator>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>()
            .Configure<IOptions<LimitsOptions>>((limiter, limits) => RateLimiting.Configure(limiter, limits.Value.RateLimit));
        return services;
    }

    /// <summary>After authentication, so a caller's bucket is keyed by the token's subject.</summary>
    public static WebApplication UseNetworkGraphLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }
}
