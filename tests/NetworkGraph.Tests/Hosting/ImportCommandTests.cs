using System.Text.Json.Nodes;
using NetworkGraph.Api.Import;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Hosting;

/// <summary>The <c>import</c> command beside the service: the report on stdout, 0 without problems, 1 with, 2 for bad arguments.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("networkgraph-import-command-").FullName;

    private string Store => $"--Store:Sqlite:Path={Path.Combine(_folder, "graph.db")}";

    private static string Example(string file) => Path.Combine(RepositoryPaths.Root, "examples", "riverton", file);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int ExitCode, string Output)> ImportAsync(params string[] arguments) =>
        await RealServer.RunCommandAsync(["import", .. arguments, Store, .. RealServer.TestAuth]);

    /// <summary>The report the command prints: an indented JSON object, from its first line to its closing brace at the start of a line.</summary>
    private static JsonNode Report(string output)
    {
        var start = output.IndexOf("{\n  \"dryRun\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No report in the output:\n{output}");
        var end = output.IndexOf("\n}", start, StringComparison.Ordinal);
        return JsonNode.Parse(output[start..(end + 2)])!;
    }

    /// <summary>The command imports into the store as it is; the example points to the seed's themes, so the store is seeded first.</summary>
    private async Task SeedAsync()
    {
        var (exit, output) = await RealServer.RunCommandAsync(["seed", Store, .. RealServer.TestAuth]);
        Assert.True(exit == 0, output);
    }

    [Fact]
    public async Task a_dry_run_prints_the_report_then_the_import_writes_it_and_a_second_one_changes_nothing()
    {
        await SeedAsync();
        string[] files = ["--elements", Example("elements.csv"), "--connections", Example("connections.csv")];

        var (dryExit, dryOutput) = await ImportAsync([.. files, "--dry-run"]);
        var (exit, output) = await ImportAsync(files);
        var (againExit, againOutput) = await ImportAsync(files);

        Assert.True(dryExit == 0, dryOutput);
        Assert.True(Report(dryOutput)["dryRun"]!.GetValue<bool>());
        Assert.Equal(8, Report(dryOutput)["created"]!["Institution"]!.GetValue<int>());
        Assert.True(exit == 0, output);
        Assert.False(Report(output)["dryRun"]!.GetValue<bool>());
        Assert.True(againExit == 0, againOutput);
        Assert.Equal("{}", Report(againOutput)["created"]!.ToJsonString());
        Assert.Equal(Report(output)["created"]!.AsObject().Sum(count => count.Value!.GetValue<int>()), Report(againOutput)["unchanged"]!.GetValue<int>());
    }

    [Fact]
    public async Task a_file_with_problems_exits_1_with_every_problem_and_writes_nothing()
    {
        await SeedAsync();
        var broken = Path.Combine(_folder, "elements.csv");
        await File.WriteAllTextAsync(broken, (await File.ReadAllTextAsync(Example("elements.csv"))).Replace("PUBLIC_SERVICE", "SERVICE", StringComparison.Ordinal));

        var (exit, output) = await ImportAsync("--elements", broken, "--connections", Example("connections.csv"));
        var (_, after) = await ImportAsync("--elements", Example("elements.csv"), "--connections", Example("connections.csv"), "--dry-run");

        Assert.True(exit == 1, output);
        var problems = Report(output)["problems"]!.AsArray();
        Assert.Equal(3, problems.Count);
        Assert.All(problems, problem => Assert.Equal("Kind", problem!["column"]!.GetValue<string>()));
        Assert.Equal(8, Report(after)["created"]!["Institution"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("--elements", "elements.csv")]
    [InlineData("--workbook", "elements.csv", "--elements", "elements.csv")]
    public async Task arguments_that_do_not_name_one_workbook_or_two_sheets_exit_2_with_the_usage(params string[] arguments)
    {
        var (exit, output) = await ImportAsync([.. arguments.Select(a => a.EndsWith(".csv", StringComparison.Ordinal) ? Example(a) : a)]);

        Assert.True(exit == 2, output);
        Assert.Contains(ImportCommand.Usage, output, StringComparison.Ordinal);
    }
}
