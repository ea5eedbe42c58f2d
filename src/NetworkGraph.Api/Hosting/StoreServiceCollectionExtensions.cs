using Microsoft.Extensions.Options;
using NetworkGraph.Core.Seed;
using NetworkGraph.Store.Neo4j;
using NetworkGraph.Store.Sqlite;

namespace NetworkGraph.Api.Hosting;

public static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Both stores are registered and built only when asked for; <see cref="IGraphStore"/> and
    /// <see cref="IStoreInitializer"/> follow <c>Store:Provider</c>, read when they are first resolved
    /// so that its validation, and the Neo4j section's, applies.
    /// </summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<StoreOptions>(configuration, StoreOptions.Section);
        services.AddSingleton<IValidateOptions<StoreOptions>, StoreOptionsValidator>();
        services.AddOptions<Neo4jSettings>().Bind(configuration.GetSection(Neo4jSettings.Section));
        services.AddValidatedOptions<SeedOptions>(configuration, SeedOptions.Section);
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
        services.AddSingleton<SqliteStoreInitializer>();

        services.AddSingleton<Neo4jHttp>();
        services.AddSingleton(provider => new Neo4jGraphStore(
            provider.GetRequiredService<Neo4jHttp>().Client,
            provider.GetRequiredService<IOptions<Neo4jSettings>>().Value.ToStoreOptions(),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<Neo4jStoreInitializer>();

        services.AddSingleton<IGraphStore>(provider => UsesNeo4j(provider)
            ? provider.GetRequiredService<Neo4jGraphStore>()
            : provider.GetRequiredService<SqliteGraphStore>());
        services.AddSingleton<IStoreInitializer>(provider => UsesNeo4j(provider)
            ? provider.GetRequiredService<Neo4jStoreInitializer>()
            : provider.GetRequiredService<SqliteStoreInitializer>());

        services.AddSingleton<SeedFiles>();
        services.AddSingleton<GraphSeeder>();
        return services;
    }

    private static bool UsesNeo4j(IServiceProvider provider) => provider.GetRequiredService<IOptions<StoreOptions>>().Value.UsesNeo4j;
}
