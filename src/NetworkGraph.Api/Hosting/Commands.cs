using NetworkGraph.Core.Seed;
using NetworkGraph.Store.Sqlite;

namespace NetworkGraph.Api.Hosting;

/// <summary>
/// The command-line verbs besides serving: <c>seed</c> loads what of the seed the store lacks
/// (idempotent); <c>seed --check</c> only validates the seed files.
/// </summary>
public static class Commands
{
    private const string Verb = "seed";
    private const string CheckFlag = "--check";

    /// <summary>Splits the verb and its flag from the arguments meant for the host's configuration.</summary>
    public static (string[] Command, string[] HostArgs) Split(string[] args) =>
        args.Length > 0 && args[0] == Verb
            ? ([Verb, .. args.Skip(1).Where(a => a == CheckFlag)], [.. args.Skip(1).Where(a => a != CheckFlag)])
            : ([], args);

    public static async Task<int> RunAsync(string[] command, IServiceProvider services, CancellationToken cancellationToken)
    {
        var files = services.GetRequiredService<SeedFiles>();
        try
        {
            var seed = await files.ReadAsync(cancellationToken);
            if (command.Contains(CheckFlag))
            {
                await Console.Out.WriteLineAsync($"Seed in {files.Folder} is valid: {seed.Nodes.Count} nodes, {seed.Relationships.Count} relationships.");
                return 0;
            }
            await services.GetRequiredService<SqliteGraphStore>().MigrateAsync(cancellationToken);
            var result = await services.GetRequiredService<GraphSeeder>().SeedAsync(seed, cancellationToken);
            await Console.Out.WriteLineAsync(
                $"Seeded {result.NodesCreated} nodes and {result.RelationshipsCreated} relationships; {result.NodesAlreadyPresent} nodes were already present and left as they are.");
            return 0;
        }
        catch (SeedFormatException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }
}
