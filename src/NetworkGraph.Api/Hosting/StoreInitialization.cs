using Microsoft.Extensions.Options;
using NetworkGraph.Core.Seed;
using NetworkGraph.Core.Territories;

namespace NetworkGraph.Api.Hosting;

public static partial class StoreInitialization
{
    /// <summary>From this many nodes, a seed's garbage is worth a full compacting collection before serving.</summary>
    private const int LargeSeed = 10_000;

    /// <summary>Readies the configured store (<see cref="UpgradeStoreAsync"/>) and, on the first start, loads the seed.</summary>
    public static async Task InitializeStoreAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("NetworkGraph.Store");
        if (!await services.UpgradeStoreAsync(cancellationToken)
            || !services.GetRequiredService<IOptions<SeedOptions>>().Value.LoadWhenEmpty)
        {
            return;
        }
        var result = await SeedAsync(services, cancellationToken);
        LogSeeded(logger, result.NodesCreated, result.RelationshipsCreated);
        // The parsed seed and the write's buffers are all garbage now (the seed was read in a method of its own, so no
        // variable of this one holds it). A large seed leaves a heap the size of several graphs, which the runtime
        // would keep for a long while: give it back before the first request.
        if (result.NodesCreated >= LargeSeed)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    private static async Task<SeedResult> SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var seed = await services.GetRequiredService<SeedFiles>().ReadAsync(cancellationToken);
        return await services.GetRequiredService<GraphSeeder>().SeedAsync(seed, cancellationToken);
    }

    /// <summary>
    /// Migrates the store's schema (<see cref="IStoreInitializer"/>) and upgrades data written by earlier versions
    /// (<see cref="LegacyTerritoryMigration"/>, which takes the seed's sourced territories where names match).
    /// True when the store holds no node.
    /// </summary>
    public static async Task<bool> UpgradeStoreAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await services.GetRequiredService<IStoreInitializer>().InitializeAsync(cancellationToken);
        if (await services.GetRequiredService<GraphSeeder>().IsEmptyAsync(cancellationToken))
        {
            return true;
        }
        var upgraded = await new LegacyTerritoryMigration(services.GetRequiredService<IGraphStore>(), token => SeedTerritoriesAsync(services, token))
            .RunAsync(cancellationToken);
        if (upgraded > 0)
        {
            LogTerritoriesMigrated(services.GetRequiredService<ILoggerFactory>().CreateLogger("NetworkGraph.Store"), upgraded);
        }
        return false;
    }

    /// <summary>The seed's territories when the seed reads; none otherwise (the upgrade then makes its own).</summary>
    private static async Task<IReadOnlyList<NodeRecord>> SeedTerritoriesAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        try
        {
            var seed = await services.GetRequiredService<SeedFiles>().ReadAsync(cancellationToken);
            return [.. seed.Nodes.Where(n => n.Label == NodeLabel.Territory)];
        }
        catch (SeedFormatException)
        {
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The store was empty: seeded {Nodes} nodes and {Relationships} relationships")]
    private static partial void LogSeeded(ILogger logger, int nodes, int relationships);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave {Institutions} institutions a territory node in place of their free-text territory")]
    private static partial void LogTerritoriesMigrated(ILogger logger, int institutions);
}
