using Microsoft.Extensions.Options;
using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Seed;
using NetworkGraph.Store.Sqlite;

namespace NetworkGraph.Api.Hosting;

public static class StoreServiceCollectionExtensions
{
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOptions>().Bind(configuration.GetSection(StoreOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StoreOptions>>().Value;
            var environment = provider.GetRequiredService<IHostEnvironment>();
            return options.Sqlite.Path == ":memory:"
                ? SqliteStoreOptions.InMemory($"networkgraph-{Guid.NewGuid():N}")
                : SqliteStoreOptions.ForFile(Path.GetFullPath(options.Sqlite.Path, environment.ContentRootPath));
        });
        services.AddSingleton<SqliteGraphStore>();
        services.AddSingleton<IGraphStore>(provider => provider.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<SeedFiles>();
        services.AddSingleton<GraphSeeder>();
        return services;
    }
}
