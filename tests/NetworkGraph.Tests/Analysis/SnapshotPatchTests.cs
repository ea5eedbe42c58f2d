using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Analysis;
using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Graph;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Analysis;

/// <summary>
/// After audited writes, the analysis builder rereads only the nodes they touched and the relationships at them. A
/// differential test: random sequences of writes through the API, each patched snapshot compared with the whole graph
/// read from the store, node for node and relationship for relationship, and each patch built on the last.
/// </summary>
public sealed class SnapshotPatchTests : IAsyncLifetime
{
    private static readonly CancellationToken _ct = CancellationToken.None;
    private readonly NetworkGraphApp _app = new();
    private int _created;
    private int _succeeded;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task a_patched_snapshot_equals_the_whole_graph_read_again_after_random_writes(int seed)
    {
        var random = new Random(seed);
        var snapshots = _app.Services.GetRequiredService<AnalysisSnapshots>();
        var current = GraphAnalysis.Build(await _app.Store.GetSnapshotAsync(_ct));
        current.Prepare();
        var institutions = current.Snapshot.Nodes.Where(n => n.Label == NodeLabel.Institution).Select(n => n.Id).ToList();
        var networks = current.Snapshot.Nodes.Where(n => n.Label == NodeLabel.Network).Select(n => n.Id).ToList();

        for (var round = 0; round < 6; round++)
        {
            for (var write = random.Next(1, 6); write > 0; write--)
            {
                await WriteAsync(random, institutions, networks);
            }
            var (change, _) = await snapshots.ReadAsync(current, _ct);
            var whole = await _app.Store.GetSnapshotAsync(_ct);

            Assert.NotNull(change);
            var patched = SnapshotPatch.Apply(current.Snapshot, change);
            var analysed = GraphAnalysis.BuildAfter(current, change).Snapshot;
            Assert.Equal(Lines(whole.Nodes), Lines(analysed.Nodes));
            Assert.Equal(Lines(whole.Relationships), Lines(analysed.Relationships));
            Assert.Same(analysed.Nodes, StoreOrder.Ensure(analysed.Nodes, StoreOrder.Nodes));
            Assert.Same(analysed.Relationships, StoreOrder.Ensure(analysed.Relationships, StoreOrder.Relationships));
            Assert.Equal(whole.Version, patched.Version);
            Assert.Equal(Lines(whole.Nodes), Lines(patched.Nodes));
            Assert.Equal(Lines(whole.Relationships), Lines(patched.Relationships));
            current = GraphAnalysis.Build(patched);
            current.Prepare();
        }
        Assert.True(_succeeded >= 6, $"only {_succeeded} writes succeeded");
    }

    [Fact]
    public async Task a_write_that_commits_during_the_reads_and_touches_what_they_read_is_never_half_in_the_patch()
    {
        HeldIncoming? held = null;
        await using var app = new NetworkGraphApp(wrapStore: inner => held = new HeldIncoming(inner));
        var token = app.Token("admin");
        var snapshots = app.Services.GetRequiredService<AnalysisSnapshots>();
        var current = GraphAnalysis.Build(await app.Store.GetSnapshotAsync(_ct));
        await app.QueryAsync("""mutation { putReferral(input: { fromId: "smus", toId: "ikuspegi" }) { id } }""", token: token);

        held!.HoldNext();
        var reading = snapshots.ReadAsync(current, _ct);
        await held.Reached;
        // Between the reads of the first attempt: a batch that touches a node they read.
        await app.QueryAsync("""mutation { putReferral(input: { fromId: "ikuspegi", toId: "lanbide" }) { id } }""", token: token);
        held.Release();
        var (change, read) = await reading;
        var patched = change is null ? read! : SnapshotPatch.Apply(current.Snapshot, change);
        var whole = await app.Store.GetSnapshotAsync(_ct);

        Assert.Equal(whole.Version, patched.Version);
        Assert.Equal(Lines(whole.Nodes), Lines(patched.Nodes));
        Assert.Equal(Lines(whole.Relationships), Lines(patched.Relationships));
    }

    [Fact]
    public async Task a_patched_analysis_keeps_each_id_once_its_relationships_ends_are_its_nodes_own_ids()
    {
        var snapshots = _app.Services.GetRequiredService<AnalysisSnapshots>();
        var current = GraphAnalysis.Build(await _app.Store.GetSnapshotAsync(_ct));
        await _app.QueryAsync("""mutation { putReferral(input: { fromId: "smus", toId: "ikuspegi" }) { id } }""", token: _app.Token("admin"));

        var (change, _) = await snapshots.ReadAsync(current, _ct);
        var patched = GraphAnalysis.BuildAfter(current, change!).Snapshot;

        var nodes = patched.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        Assert.Contains(patched.Relationships, r => r.Type == RelationshipType.RefersTo && r.FromId == "smus" && r.ToId == "ikuspegi");
        Assert.All(
            patched.Relationships.Where(r => nodes.ContainsKey(r.FromId) && nodes.ContainsKey(r.ToId)),
            r =>
            {
                Assert.Same(nodes[r.FromId].Id, r.FromId);
                Assert.Same(nodes[r.ToId].Id, r.ToId);
            });
    }

    [Fact]
    public async Task a_version_without_its_audit_event_means_the_whole_graph_is_read()
    {
        var snapshots = _app.Services.GetRequiredService<AnalysisSnapshots>();
        var current = GraphAnalysis.Build(await _app.Store.GetSnapshotAsync(_ct));
        await _app.Store.WriteAsync(new WriteBatch([new CreateNode(Stores.TestNodes.Institution("unaudited", "Unaudited"))]), _ct);

        var (change, snapshot) = await snapshots.ReadAsync(current, _ct);

        Assert.Null(change);
        Assert.Contains(snapshot!.Nodes, n => n.Id == "unaudited");
    }

    private async Task WriteAsync(Random random, List<string> institutions, List<string> networks)
    {
        string Pick(List<string> ids) => ids[random.Next(ids.Count)];
        var (a, b) = (Pick(institutions), Pick(institutions));
        var mutation = random.Next(7) switch
        {
            0 => $$"""mutation { createInstitution(input: { name: "Patch Test {{++_created}}", kind: NGO, level: MUNICIPAL, description: "A test." }) { id } }""",
            1 => $$"""mutation { putReferral(input: { fromId: "{{a}}", toId: "{{b}}" }) { id } }""",
            2 => $$"""mutation { removeReferral(input: { fromId: "{{a}}", toId: "{{b}}" }) { id } }""",
            3 => $$"""mutation { putMembership(input: { institutionId: "{{a}}", networkId: "{{Pick(networks)}}", role: MEMBER }) { id } }""",
            4 => $$"""mutation { removeMembership(input: { institutionId: "{{a}}", networkId: "{{Pick(networks)}}" }) { id } }""",
            5 => $$"""mutation { putFunding(input: { funderId: "{{a}}", recipientId: "{{b}}", programme: "Patch" }) { id } }""",
            _ => $$"""mutation { deleteInstitution(input: { id: "{{a}}", detach: true }) { id } }""",
        };
        var (_, body) = await _app.PostAsync(mutation, token: _app.Token("admin"));
        _succeeded += body["errors"] is null ? 1 : 0;
        if (body["errors"] is null && mutation.Contains("createInstitution", StringComparison.Ordinal))
        {
            institutions.Add(body["data"]!["createInstitution"]!["id"]!.GetValue<string>());
        }
        if (body["errors"] is null && mutation.Contains("deleteInstitution", StringComparison.Ordinal))
        {
            institutions.Remove(a);
        }
    }

    private static List<string> Lines<T>(IEnumerable<T> items) => [.. items.Select(item => JsonSerializer.Serialize(item)).Order(StringComparer.Ordinal)];

    /// <summary>A store whose next read of incoming relationships waits until released, to let a write commit between reads.</summary>
    private sealed class HeldIncoming(IGraphStore inner) : DelegatingGraphStore(inner)
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _armed;

        public Task Reached => _reached.Task;

        public void HoldNext() => Volatile.Write(ref _armed, 1);

        public void Release() => _released.TrySetResult();

        public override async Task<IReadOnlyList<RelationshipRecord>> ExpandAsync(
            IReadOnlyCollection<string> nodeIds, Direction direction, IReadOnlyCollection<RelationshipType> types, CancellationToken cancellationToken)
        {
            if (direction == Direction.Incoming && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                _reached.TrySetResult();
                await _released.Task.WaitAsync(cancellationToken);
            }
            return await base.ExpandAsync(nodeIds, direction, types, cancellationToken);
        }
    }
}
