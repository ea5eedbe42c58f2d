using System.Text.Json;
using NetworkGraph.Api.Hosting;
using NetworkGraph.Core.Graph;
using NetworkGraph.Store.Sqlite;
using NetworkGraph.Tests.Stores;
using NetworkGraph.Tests.Support;
using static NetworkGraph.Tests.Support.SeedFacts;

namespace NetworkGraph.Tests.Hosting;

/// <summary>The <c>copy</c> command: a whole graph into an empty store, nothing lost but versions and the audit trail.</summary>
public sealed class StoreCopyTests : IDisposable
{
    private static readonly CancellationToken _ct = CancellationToken.None;
    private static readonly DateTimeOffset _editedAt = new(2031, 5, 4, 3, 2, 1, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("networkgraph-copy-").FullName;

    private string Source => Path.Combine(_folder, "source.db");

    private string Target => Path.Combine(_folder, "target.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task copy_moves_every_node_relationship_property_source_and_timestamp_between_sqlite_files()
    {
        await SeedSourceWithOneEditedInstitutionAsync();

        var (exit, output) = await RealServer.RunCommandAsync(["copy", "--from", $"sqlite:{Source}", "--to", $"sqlite:{Target}", "--batch-size", "40", .. RealServer.TestAuth]);

        Assert.True(exit == 0, output);
        var source = await SnapshotAsync(Source);
        var target = await SnapshotAsync(Target);
        Assert.Matches($"Copied {source.Nodes.Count} nodes and {source.Relationships.Count} relationships from SQLite file .*source.db to SQLite file .*target.db in [0-9]+ batches", output);
        Assert.Equal(Canonical(source.Nodes, restartVersions: true), Canonical(target.Nodes, restartVersions: false));
        Assert.Equal(Canonical(source.Relationships), Canonical(target.Relationships));
        var lanbide = Assert.Single(target.Nodes, node => node.Id == Lanbide);
        Assert.Equal((1L, _editedAt), (lanbide.Version, lanbide.UpdatedAt));
        Assert.NotEqual(lanbide.CreatedAt, lanbide.UpdatedAt);
        Assert.Equal((1, 0), (await AuditCountAsync(Source), await AuditCountAsync(Target)));
    }

    [Fact]
    public async Task copy_refuses_a_target_that_holds_nodes_and_leaves_it_as_it_was()
    {
        await SeedSourceWithOneEditedInstitutionAsync();
        await using (var target = await OpenAsync(Target))
        {
            await new GraphBuilder().Institution("already-here", "Already here").WriteToAsync(target);
        }
        var before = Canonical((await SnapshotAsync(Target)).Nodes, restartVersions: false);

        var (exit, output) = await RealServer.RunCommandAsync(["copy", "--from", $"sqlite:{Source}", "--to", $"sqlite:{Target}", .. RealServer.TestAuth]);

        Assert.True(exit == 2, output);
        Assert.Contains("The target store already holds nodes: copy only into an empty store", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.Equal(before, Canonical((await SnapshotAsync(Target)).Nodes, restartVersions: false));
    }

    [Theory]
    [InlineData("--from", "sqlite:missing.db", "--from: there is no SQLite file at")]
    [InlineData("--to", "postgres:somewhere", "--to must be sqlite:PATH or neo4j (got 'postgres:somewhere').")]
    public async Task copy_names_the_argument_that_does_not_name_a_store(string option, string value, string message)
    {
        await SeedSourceWithOneEditedInstitutionAsync();
        string[] arguments = option == "--from"
            ? ["--from", $"sqlite:{Path.Combine(_folder, value)}", "--to", $"sqlite:{Target}"]
            : ["--from", $"sqlite:{Source}", "--to", value];

        var (exit, output) = await RealServer.RunCommandAsync(["copy", .. arguments, .. RealServer.TestAuth]);

        Assert.True(exit == 2, output);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.False(File.Exists(Target));
    }

    [Fact]
    public async Task copy_to_neo4j_with_a_bad_neo4j_setting_stops_naming_it_before_reading_the_source()
    {
        await SeedSourceWithOneEditedInstitutionAsync();

        var (exit, output) = await RealServer.RunCommandAsync(
            ["copy", "--from", $"sqlite:{Source}", "--to", "neo4j", "--Neo4j:Uri=localhost:7474", .. RealServer.TestAuth]);

        Assert.True(exit == 2, output);
        Assert.Contains("Neo4j:Uri must be the server's absolute http or https address", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task copy_in_batches_smaller_than_the_graph_writes_nodes_before_the_relationships_that_need_them()
    {
        await using var source = await InMemoryAsync();
        await new GraphBuilder()
            .Institution("a", "A").Institution("b", "B").Institution("c", "C").Network("n", "N")
            .MemberOf("a", "n").MemberOf("b", "n").MemberOf("c", "n")
            .WriteToAsync(source);
        await using var target = await InMemoryAsync();

        var result = await GraphCopy.CopyAsync(source, target, batchSize: 2, _ct);

        Assert.Equal(new GraphCopyResult(4, 3, 4), result);
        var (from, to) = (await source.GetSnapshotAsync(_ct), await target.GetSnapshotAsync(_ct));
        Assert.Equal(Canonical(from.Nodes, restartVersions: true), Canonical(to.Nodes, restartVersions: false));
        Assert.Equal(Canonical(from.Relationships), Canonical(to.Relationships));
    }

    /// <summary>The seed through the service's own command, then Lanbide edited later, with an audit event, so it is at version 2.</summary>
    private async Task SeedSourceWithOneEditedInstitutionAsync()
    {
        var (exit, output) = await RealServer.RunCommandAsync(["seed", $"--Store:Sqlite:Path={Source}", .. RealServer.TestAuth]);
        Assert.True(exit == 0, output);
        await using var store = new SqliteGraphStore(SqliteStoreOptions.ForFile(Source), new ManualTimeProvider(_editedAt));
        var lanbide = Assert.Single(await store.GetNodesAsync([Lanbide], _ct));
        var properties = new Dictionary<string, object?>(lanbide.Properties) { ["description"] = "Edited before the move." };
        await store.WriteAsync(
            new WriteBatch([new UpdateNode(Lanbide, lanbide.Version, properties, lanbide.Sources)])
            {
                Audit = new AuditEntry(new AuditActor("planner", null, ["coordinator"]), "updateInstitution", [Lanbide], new Dictionary<string, long> { [Lanbide] = 1 }),
            },
            _ct);
    }

    private static async Task<SqliteGraphStore> OpenAsync(string file)
    {
        var store = new SqliteGraphStore(SqliteStoreOptions.ForFile(file), TimeProvider.System);
        await store.MigrateAsync(_ct);
        return store;
    }

    private static async Task<SqliteGraphStore> InMemoryAsync()
    {
        var store = new SqliteGraphStore(SqliteStoreOptions.InMemory($"copy-{Guid.NewGuid():N}"), TimeProvider.System);
        await store.MigrateAsync(_ct);
        return store;
    }

    private static async Task<GraphSnapshot> SnapshotAsync(string file)
    {
        await using var store = await OpenAsync(file);
        return await store.GetSnapshotAsync(_ct);
    }

    private static async Task<int> AuditCountAsync(string file)
    {
        await using var store = await OpenAsync(file);
        return (await store.FindAuditEventsAsync(new AuditQuery { First = 1 }, _ct)).TotalCount;
    }

    /// <summary>Every fact of every node as text, in id order with properties by name, so that any loss or change shows in the diff.</summary>
    private static string Canonical(IEnumerable<NodeRecord> nodes, bool restartVersions) =>
        JsonSerializer.Serialize(nodes
            .OrderBy(node => node.Id, StringComparer.Ordinal)
            .Select(node => new
            {
                node.Id,
                Label = node.Label.ToString(),
                Version = restartVersions ? 1 : node.Version,
                node.CreatedAt,
                node.UpdatedAt,
                Properties = new SortedDictionary<string, object?>(node.Properties.ToDictionary(), StringComparer.Ordinal),
                node.Sources,
            }));

    private static string Canonical(IEnumerable<RelationshipRecord> relationships) =>
        JsonSerializer.Serialize(relationships
            .OrderBy(r => r.Type).ThenBy(r => r.FromId, StringComparer.Ordinal).ThenBy(r => r.ToId, StringComparer.Ordinal)
            .Select(r => new
            {
                Type = r.Type.ToString(),
                r.FromId,
                r.ToId,
                Properties = new SortedDictionary<string, object?>(r.Properties.ToDictionary(), StringComparer.Ordinal),
                r.Sources,
            }));
}
