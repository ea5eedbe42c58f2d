using NetworkGraph.Api.Import;
using NetworkGraph.Core.Seed;

namespace NetworkGraph.Api.Hosting;

/// <summary>
/// The command-line verbs besides serving:
/// <c>seed</c> loads what of the seed the store lacks (idempotent); <c>seed --check</c> only validates the files;
/// <c>token --role ROLE [--role ROLE] [--org ID] [--subject S] [--minutes N]</c> mints a development token;
/// <c>copy --from STORE --to STORE [--batch-size N]</c> copies a whole graph into an empty store (<see cref="StoreLocation"/>);
/// <c>import --elements FILE --connections FILE [--dry-run]</c> (or <c>--workbook FILE</c>) imports spreadsheets (<see cref="ImportCommand"/>).
/// </summary>
public static class Commands
{
    private static readonly Dictionary<string, (string[] Switches, string[] Options)> _verbs = new()
    {
        ["seed"] = (["--check"], []),
        ["token"] = ([], ["--role", "--org", "--subject", "--minutes"]),
        ["copy"] = ([], ["--from", "--to", "--batch-size"]),
        ["import"] = (["--dry-run"], ["--elements", "--connections", "--workbook"]),
    };

    /// <summary>Splits the verb and its own arguments from those meant for the host's configuration.</summary>
    public static (string[] Command, string[] HostArgs) Split(string[] args)
    {
        if (args.Length == 0 || !_verbs.TryGetValue(args[0], out var verb))
        {
            return ([], args);
        }
        var command = new List<string> { args[0] };
        var host = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (verb.Switches.Contains(args[i]))
            {
                command.Add(args[i]);
            }
            else if (verb.Options.Contains(args[i]) && i + 1 < args.Length)
            {
                command.Add(args[i]);
                command.Add(args[++i]);
            }
            else
            {
                host.Add(args[i]);
            }
        }
        return ([.. command], [.. host]);
    }

    public static async Task<int> RunAsync(string[] command, IServiceProvider services, CancellationToken cancellationToken)
    {
        try
        {
            return command[0] switch
            {
                "token" => await TokenAsync(command, services),
                "copy" => await CopyAsync(command, services, cancellationToken),
                "import" => await ImportCommand.RunAsync(command, services, cancellationToken),
                _ => await SeedAsync(command, services, cancellationToken),
            };
        }
        catch (Exception e) when (StartupGuard.IsUserFixable(e))
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }

    private static async Task<int> TokenAsync(string[] command, IServiceProvider services)
    {
        var roles = Values(command, "--role");
        var org = Values(command, "--org").LastOrDefault();
        var subject = Values(command, "--subject").LastOrDefault();
        var minutes = Values(command, "--minutes").LastOrDefault();
        try
        {
            TimeSpan? lifetime = minutes is null
                ? null
                : int.TryParse(minutes, out var m) && m > 0 ? TimeSpan.FromMinutes(m) : throw new ArgumentException("--minutes must be a positive whole number.");
            await Console.Out.WriteLineAsync(services.GetRequiredService<TokenIssuer>().Issue(roles, org, subject, lifetime));
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            await Console.Error.WriteLineAsync("Usage: token --role reader|ngo|coordinator|admin [--role ...] [--org INSTITUTION-ID] [--subject NAME] [--minutes N]");
            return 2;
        }
    }

    private static async Task<int> SeedAsync(string[] command, IServiceProvider services, CancellationToken cancellationToken)
    {
        var files = services.GetRequiredService<SeedFiles>();
        var seed = await files.ReadAsync(cancellationToken);
        if (command.Contains("--check"))
        {
            await Console.Out.WriteLineAsync($"Seed in {files.Folder} is valid: {seed.Nodes.Count} nodes, {seed.Relationships.Count} relationships.");
            return 0;
        }
        await services.UpgradeStoreAsync(cancellationToken);
        var result = await services.GetRequiredService<GraphSeeder>().SeedAsync(seed, cancellationToken);
        await Console.Out.WriteLineAsync(
            $"Seeded {result.NodesCreated} nodes and {result.RelationshipsCreated} relationships; {result.NodesAlreadyPresent} nodes were already present and left as they are.");
        return 0;
    }

    private static async Task<int> CopyAsync(string[] command, IServiceProvider services, CancellationToken cancellationToken)
    {
        const string usage = "Usage: copy --from sqlite:PATH|neo4j --to sqlite:PATH|neo4j [--batch-size N]";
        var from = Values(command, "--from").LastOrDefault();
        var to = Values(command, "--to").LastOrDefault();
        var batchSizeText = Values(command, "--batch-size").LastOrDefault();
        var batchSize = GraphCopy.DefaultBatchSize;
        if (from is null || to is null || (batchSizeText is not null && !(int.TryParse(batchSizeText, out batchSize) && batchSize > 0)))
        {
            await Console.Error.WriteLineAsync(usage);
            return 2;
        }
        await using var source = StoreLocation.Open(from, "--from", mustExist: true, services);
        await using var target = StoreLocation.Open(to, "--to", mustExist: false, services);
        await source.Initializer.InitializeAsync(cancellationToken);
        await target.Initializer.InitializeAsync(cancellationToken);
        var result = await GraphCopy.CopyAsync(source.Store, target.Store, batchSize, cancellationToken);
        await Console.Out.WriteLineAsync(
            $"Copied {result.Nodes} nodes and {result.Relationships} relationships from {source.Name} to {target.Name} in {result.Batches} batches. "
            + "Node versions restart at 1; createdAt and updatedAt are kept; the audit trail was not copied.");
        return 0;
    }

    private static List<string> Values(string[] command, string option) =>
        [.. command.Select((arg, i) => (arg, i)).Where(p => p.arg == option && p.i + 1 < command.Length).Select(p => command[p.i + 1])];
}
