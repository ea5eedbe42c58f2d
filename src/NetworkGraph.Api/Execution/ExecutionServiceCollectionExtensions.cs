using GraphQL.Validation;

namespace NetworkGraph.Api.Execution;

public static class ExecutionServiceCollectionExtensions
{
    /// <summary>The document cache, persisted operations and the executor every transport hands admitted requests to.</summary>
    public static IServiceCollection AddNetworkGraphExecution(this IServiceCollection services)
    {
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<PersistedOperations>();
        services.AddSingleton<ValidationRules>();
        services.AddSingleton<ResultErrors>();
        services.AddSingleton<GraphQLExecutor>();
        // Registered before AddGraphQL, which adds its own validator only when none is registered.
        services.AddSingleton<DocumentValidator>();
        services.AddSingleton<IDocumentValidator, RecallingDocumentValidator>();
        return services;
    }
}
