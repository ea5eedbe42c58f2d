using System.Diagnostics;
using System.Text.Json;
using NetworkGraph.Store.Neo4j.Cypher;
using NetworkGraph.Tests.Support;
using Xunit.Abstractions;

namespace NetworkGraph.Tests.Neo4j;

/// <summary>
/// Every statement the Neo4j store sends goes through Neo4j's own Cypher front end (npm
/// <c>@neo4j-cypher/language-support</c>, run by <c>tools/cypher-lint/lint.mjs</c>), offline: a statement
/// that Neo4j 5 would refuse, or that uses a parameter it does not declare, fails here, not in production.
/// </summary>
public sealed class CypherLintTests(ITestOutputHelper output)
{
    private static readonly string _linter = Path.Combine(RepositoryPaths.Root, "tools", "cypher-lint");

    [Fact]
    public async Task every_statement_of_the_neo4j_store_passes_neo4js_own_linter()
    {
        await InstallLinterAsync();
        IReadOnlyList<CypherStatement> statements = [.. Statements.All, .. SchemaStatements.Neo4j5];
        var input = JsonSerializer.Serialize(statements.Select(s => new { name = s.Name, statement = s.Text, parameters = s.Parameters }));

        var (exitCode, stdout, stderr) = await RunAsync("node", ["lint.mjs"], input);

        Assert.True(exitCode == 0, $"lint.mjs failed ({exitCode}):\n{stderr}");
        var errors = new List<string>();
        foreach (var result in JsonDocument.Parse(stdout).RootElement.EnumerateArray())
        {
            var name = result.GetProperty("name").GetString()!;
            var diagnostics = result.GetProperty("diagnostics").EnumerateArray()
                .Select(d => (Severity: d.GetProperty("severity").GetString()!, Text: $"{d.GetProperty("severity").GetString()} at {d.GetProperty("line")}:{d.GetProperty("column")}: {d.GetProperty("message").GetString()}"))
                .ToList();
            output.WriteLine($"{name}: {(diagnostics.Count == 0 ? "clean" : string.Join("; ", diagnostics.Select(d => d.Text)))}");
            errors.AddRange(diagnostics.Where(d => d.Severity == "error").Select(d => $"{name}: {d.Text}"));
        }
        output.WriteLine($"{statements.Count} statements checked; not linted (Cypher 3.x, which the linter does not parse): "
            + string.Join(", ", SchemaStatements.Neo4j3.Select(s => s.Name)));
        Assert.Equal(statements.Count, JsonDocument.Parse(stdout).RootElement.GetArrayLength());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task the_linter_reports_an_error_in_a_broken_statement_and_an_undeclared_parameter()
    {
        await InstallLinterAsync();
        var input = JsonSerializer.Serialize(new[]
        {
            new { name = "Broken", statement = "MATCH (n:GraphNode WHERE n.id = $id RETURN n", parameters = new[] { "id" } },
            new { name = "Undeclared", statement = "MATCH (n:GraphNode) WHERE n.id = $id RETURN n", parameters = Array.Empty<string>() },
        });

        var (_, stdout, _) = await RunAsync("node", ["lint.mjs"], input);

        Assert.All(
            JsonDocument.Parse(stdout).RootElement.EnumerateArray(),
            result => Assert.Contains(result.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("severity").GetString() == "error"));
    }

    private static async Task InstallLinterAsync()
    {
        if (Directory.Exists(Path.Combine(_linter, "node_modules", "@neo4j-cypher", "language-support")))
        {
            return;
        }
        var (exitCode, stdout, stderr) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], input: null);
        Assert.True(exitCode == 0, $"npm ci in tools/cypher-lint failed ({exitCode}):\n{stdout}\n{stderr}");
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string command, string[] arguments, string? input)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = _linter };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        return TestProcess.RunAsync(start, TimeSpan.FromMinutes(5), input);
    }
}
