using Microsoft.Extensions.Options;
using NetworkGraph.Core.Seed;
using NetworkGraph.Core.Territories;

namespace NetworkGraph.Api.Hosting;

public static partial class StoreInitialization
{
    /// <summary>Readies the configured store (<see cref="IStoreInitializer"/>) and, on the first start, loads the seed.</summary>
    public static async Task InitializeStoreAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("NetworkGraph.Store");
        await services.GetRequiredService<IStoreInitializer>().InitializeAsync(cancellationToken);
        var seeder = services.GetRequiredService<GraphSeeder>();
        if (!await seeder.IsEmptyAsync(cancellationToken))
        {
            var upgraded = await new LegacyTerritoryMigration(services.GetRequiredService<IGraphStore>()).RunAsync(cancellationToken);
            if (upgraded > 0)
            {
                LogTerritoriesMigrated(logger, upgraded);
            }
            return;
        }
        if (!services.GetRequiredService<IOptions<SeedOptions>>().Value.LoadWhenEmpty)
        {
            return;
        }
        var seed = await services.GetRequiredService<SeedFiles>().ReadAsync(cancellationToken);
        var result = await seeder.SeedAsync(seed, cancellationToken);
        LogSeeded(logger, result.NodesCreated, result.RelationshipsCreated);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The store was empty: seeded {Nodes} nodes and {Relationships} relationships")]
    private static partial void LogSeeded(ILogger logger, int nodes, int relationships);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave {Institutions} institutions a territory node in place of their free-text territory")]
    private static partial void LogTerritoriesMigrated(ILogger logger, int institutions);
}
