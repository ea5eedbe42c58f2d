using System.Text.Json;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Hosting;

namespace NetworkGraph.Api.Import;

/// <summary>
/// <c>import --elements FILE --connections FILE [--dry-run]</c> or <c>import --workbook FILE [--dry-run]</c>: prints the
/// report and exits 0 when there is no problem, 1 when there are (nothing written), 2 on bad arguments. Audited as
/// <see cref="Actor"/>: the command runs beside the service, with no token.
/// </summary>
public static class ImportCommand
{
    public const string Usage = "Usage: import --elements FILE --connections FILE [--dry-run] | import --workbook FILE [--dry-run]";

    public static readonly AuditActor Actor = new("system:import-command", null, [Roles.Admin]);

    private static readonly JsonSerializerOptions _json = new(JsonSerializerOptions.Web) { WriteIndented = true };

    public static async Task<int> RunAsync(string[] command, IServiceProvider services, CancellationToken cancellationToken)
    {
        var elements = Value(command, "--elements");
        var connections = Value(command, "--connections");
        var workbook = Value(command, "--workbook");
        var csv = elements is not null && connections is not null;
        if (workbook is null ? !csv : (elements ?? connections) is not null)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        var limit = services.GetRequiredService<IOptions<ImportOptions>>().Value.MaxFileBytes;
        foreach (var path in new[] { elements, connections, workbook }.OfType<string>())
        {
            if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"'{path}' does not exist.");
                return 2;
            }
            if (new FileInfo(path).Length > limit)
            {
                await Console.Error.WriteLineAsync($"'{path}' is larger than {limit} bytes ({ImportOptions.Setting(nameof(ImportOptions.MaxFileBytes))}).");
                return 1;
            }
        }
        var files = new ImportFiles(await ReadAsync(elements, cancellationToken), await ReadAsync(connections, cancellationToken), await ReadAsync(workbook, cancellationToken));
        await services.GetRequiredService<IStoreInitializer>().InitializeAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<SpreadsheetImporter>()
            .ImportAsync(files, command.Contains("--dry-run"), Actor, cancellationToken);
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(report, _json));
        return report.Problems.Count > 0 ? 1 : 0;
    }

    // Typed as ReadOnlyMemory<byte>? on both branches: a null byte[] would become an empty, present file.
    private static async Task<ReadOnlyMemory<byte>?> ReadAsync(string? path, CancellationToken cancellationToken) =>
        path is null ? null : (ReadOnlyMemory<byte>?)await File.ReadAllBytesAsync(path, cancellationToken);

    private static string? Value(string[] command, string option)
    {
        var index = Array.LastIndexOf(command, option);
        return index >= 0 && index + 1 < command.Length ? command[index + 1] : null;
    }
}
