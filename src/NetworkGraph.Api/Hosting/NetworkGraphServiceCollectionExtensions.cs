using NetworkGraph.Api.Analysis;
using NetworkGraph.Api.Caching;
using NetworkGraph.Api.Execution;
using NetworkGraph.Api.Exports;
using NetworkGraph.Api.GraphQL;
using NetworkGraph.Api.GraphQL.Http;
using NetworkGraph.Api.GraphQL.Loading;
using NetworkGraph.Api.Import;
using NetworkGraph.Api.Limits;
using NetworkGraph.Api.Live;
using NetworkGraph.Api.Mutations;
using NetworkGraph.Api.Names;
using NetworkGraph.Api.Observability;
using NetworkGraph.Api.Workbench;

namespace NetworkGraph.Api.Hosting;

public static class NetworkGraphServiceCollectionExtensions
{
    public static WebApplicationBuilder AddNetworkGraph(this WebApplicationBuilder builder)
    {
        builder.Services.AddGraphStore(builder.Configuration);
        builder.Services.AddNetworkGraphAuth(builder.Configuration);
        builder.Services.AddNetworkGraphApi();
        builder.Services.AddAnalysis(builder.Configuration);
        builder.Services.AddNetworkGraphLimits(builder.Configuration);
        builder.Services.AddSpreadsheetImport(builder.Configuration);
        builder.Services.AddChangeFeed(builder.Configuration);
        builder.Services.AddResultCache(builder.Configuration);
        builder.AddNetworkGraphObservability();
        return builder;
    }

    public static IServiceCollection AddNetworkGraphApi(this IServiceCollection services)
    {
        services.AddScoped<GraphLoaders>();
        services.AddScoped<RequestLanguage>();
        services.AddScoped<AuditedWriter>();
        services.AddSingleton<ExceptionMapping>();
        services.AddNetworkGraphExecution();
        services.AddGraphQLHttp();
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<NetworkGraphSchema>()
            .AddGraphTypes(typeof(NetworkGraphSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider(errors =>
            {
                errors.ExposeCodes = false;
                errors.ExposeData = false;
                errors.ExposeExceptionDetails = false;
            }));
        return services;
    }

    public static WebApplication MapNetworkGraph(this WebApplication app)
    {
        app.UseNetworkGraphObservability();
        app.UseWorkbenchFiles();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseWebSockets();
        app.MapGraphQLEndpoint();
        app.MapWorkbench();
        app.MapExports();
        app.MapSpreadsheetImport();
        return app;
    }
}
