using System.Diagnostics;
using System.Text.Json;
using NetworkGraph.Tests.Support;
using Xunit.Abstractions;

namespace NetworkGraph.Tests.Live;

/// <summary>Runs alone, after the parallel tests: its clients measure deliveries against the clock.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LiveClientsCollection
{
    public const string Name = "Live clients";
}

/// <summary>
/// Live updates tested with the real npm clients (graphql-ws over ws, graphql-sse) against the built service run as
/// real processes (tests/live/): the protocol's close codes, ping and pong, limits and hostile clients; events in
/// order, per-role visibility, resuming after a cursor and a Last-Event-ID; two processes on one data file, and a
/// restart. Each file's report is printed whatever the outcome.
/// </summary>
[Collection(LiveClientsCollection.Name)]
public sealed class LiveClientsTests(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "live");

    [Theory]
    [InlineData("protocol.test.mjs")]
    [InlineData("streams.test.mjs")]
    [InlineData("instances.test.mjs")]
    public async Task the_live_clients_pass(string file)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "graphql-ws")))
        {
            var (installed, log) = await RunAsync(TimeSpan.FromMinutes(3), "npm", "ci", "--no-audit", "--no-fund");
            Assert.True(installed == 0, $"npm ci in tests/live failed:\n{log}");
        }

        var (exitCode, report) = await RunAsync(TimeSpan.FromMinutes(5), "node", "--test", "--test-reporter=spec", file);

        output.WriteLine(report);
        Assert.True(exitCode == 0, $"{file} failed (exit code {exitCode}):\n{report}");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(TimeSpan timeout, string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = Folder };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["LIVE_SERVER"] = JsonSerializer.Serialize(new
        {
            command = new[] { "dotnet", RealServer.ApiAssembly }.Concat(RealServer.TestAuth),
            workingDirectory = Path.GetDirectoryName(RealServer.ApiAssembly),
            issuer = NetworkGraphApp.Issuer,
            audience = NetworkGraphApp.Audience,
            signingKey = NetworkGraphApp.SigningKey,
        });
        var (exitCode, stdout, stderr) = await TestProcess.RunAsync(start, timeout);
        return (exitCode, stdout + stderr);
    }
}
