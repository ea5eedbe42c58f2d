using System.Diagnostics;
using NetworkGraph.Tests.Support;
using Xunit.Abstractions;

namespace NetworkGraph.Tests.Hardening;

/// <summary>
/// graphql-http's GraphQL-over-HTTP audit (tests/conformance/audit.mjs) against the built service on a real
/// socket: no MUST audit may fail. The report is printed whatever the outcome.
/// </summary>
public sealed class ConformanceAuditTests(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "conformance");

    [Fact]
    public async Task the_graphql_over_http_audit_finds_no_must_failure()
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "graphql-http")))
        {
            var (installed, log) = await RunAsync("npm", "ci", "--no-audit", "--no-fund");
            Assert.True(installed == 0, $"npm ci in tests/conformance failed:\n{log}");
        }
        var dataFile = Path.Combine(Path.GetTempPath(), $"networkgraph-audit-{Guid.NewGuid():N}.db");
        try
        {
            await using var server = await RealServer.StartAsync(dataFile);

            var (exitCode, report) = await RunAsync("node", "audit.mjs", new Uri(server.Address, "/graphql").ToString());

            output.WriteLine(report);
            Assert.True(exitCode == 0, $"The audit found MUST failures (exit code {exitCode}):\n{report}");
            Assert.Contains(" 0 MUST failures", report, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var file in new[] { dataFile, dataFile + "-wal", dataFile + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = Folder };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        var (exitCode, stdout, stderr) = await TestProcess.RunAsync(start, TimeSpan.FromMinutes(3));
        return (exitCode, stdout + stderr);
    }
}
