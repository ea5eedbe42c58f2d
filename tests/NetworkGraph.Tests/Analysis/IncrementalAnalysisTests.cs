using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Analysis;
using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Graph;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Analysis;

/// <summary>
/// A differential test of the incremental analysis: random sequences of writes of every kind that reaches the graph
/// questions go through the API; after each round the analysis patched from the last one
/// (<see cref="GraphAnalysis.BuildAfter"/>, chained over the rounds) answers every question exactly as an analysis
/// built from scratch on the whole graph: every institution's links with all their evidence, paths, gaps, the matrix,
/// the dashboard, every trace and the brokers.
/// </summary>
public sealed class IncrementalAnalysisTests : IAsyncLifetime
{
    private static readonly CancellationToken _ct = CancellationToken.None;
    private readonly NetworkGraphApp _app = new();
    private readonly Dictionary<string, int> _succeeded = [];
    private int _created;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task an_analysis_patched_after_random_writes_answers_as_one_built_from_the_whole_graph(int seed)
    {
        var random = new Random(seed);
        var snapshots = _app.Services.GetRequiredService<AnalysisSnapshots>();
        var current = GraphAnalysis.Build(await _app.Store.GetSnapshotAsync(_ct));
        current.Prepare();

        var dated = 0;
        for (var round = 0; round < 10; round++)
        {
            for (var write = random.Next(1, 6); write > 0; write--)
            {
                await WriteAsync(random, current.Snapshot);
            }
            if (await _app.Store.GetGraphVersionAsync(_ct) == current.Version)
            {
                continue;
            }
            var (change, _) = await snapshots.ReadAsync(current, _ct);
            Assert.NotNull(change);

            var incremental = GraphAnalysis.BuildAfter(current, change);
            var whole = GraphAnalysis.Build(await _app.Store.GetSnapshotAsync(_ct));

            Assert.Equal(whole.Version, incremental.Version);
            var questions = random.Next();
            Assert.Equal(Answers(whole, questions), Answers(incremental, questions));
            // Some links were written with dates: as of a past day, both answer for the links that held then.
            Assert.Equal(Answers(whole.AsOf(_pastDay), questions), Answers(incremental.AsOf(_pastDay), questions));
            Assert.Equal(whole.Timeline.Count, incremental.Timeline.Count);
            dated = Math.Max(dated, whole.Timeline.Count);
            incremental.Prepare();
            current = incremental;
        }
        Assert.True(_succeeded.Count >= 10, $"writes of only {_succeeded.Count} kinds succeeded: {string.Join(", ", _succeeded.Keys)}");
        Assert.True(dated > 0, "no dated link was written");
    }

    [Fact]
    public async Task feedback_moves_keep_the_coordination_graph_and_its_rankings_and_a_new_institution_does_not()
    {
        var snapshots = _app.Services.GetRequiredService<AnalysisSnapshots>();
        var before = GraphAnalysis.Build(await _app.Store.GetSnapshotAsync(_ct));
        var ranking = before.RankBrokers(null);
        before.Prepare();

        var item = await MutateAsync(
            """mutation { submitFeedback(input: { title: "Evening hours", description: "Families cannot come in the morning.", themeId: "reception" }) { id } }""",
            "ngo", "arrupe-etxea");
        await MutateAsync($$"""mutation { triageFeedback(input: { id: "{{item}}" }) { id } }""", "coordinator");
        var afterFeedback = await PatchAsync(snapshots, before);

        Assert.Equal(before.CoordinationId, afterFeedback.CoordinationId);
        Assert.Same(ranking, afterFeedback.RankBrokers(null));
        Assert.Equal(Answers(GraphAnalysis.Build(afterFeedback.Snapshot), 0), Answers(afterFeedback, 0));

        await MutateAsync("""mutation { createInstitution(input: { name: "Test Association", kind: NGO, level: MUNICIPAL, description: "A test." }) { id } }""", "coordinator");
        var afterInstitution = await PatchAsync(snapshots, afterFeedback);

        Assert.NotEqual(afterFeedback.CoordinationId, afterInstitution.CoordinationId);
        Assert.NotSame(ranking, afterInstitution.RankBrokers(null));
    }

    [Fact]
    public async Task the_service_patches_its_analysis_and_keeps_the_coordination_graph_across_feedback_moves()
    {
        var builder = _app.Services.GetRequiredService<AnalysisBuilder>();
        await _app.QueryAsync("{ brokers(top: 3) { institution { id } } }");
        var keptBefore = builder.KeptCoordination;

        var item = await MutateAsync(
            """mutation { submitFeedback(input: { title: "Evening hours", description: "Families cannot come in the morning.", themeId: "reception" }) { id } }""",
            "ngo", "arrupe-etxea");
        var moved = await _app.Store.GetGraphVersionAsync(_ct);
        var answer = await _app.QueryAsync($$"""{ feedbackTrace(id: "{{item}}", minVersion: {{moved}}) { steps { kind } } brokers(top: 3, minVersion: {{moved}}) { institution { id } } }""", token: _app.Token("reader"));
        var keptAfterMove = builder.KeptCoordination;

        Assert.True(keptAfterMove > keptBefore, "the submission was analysed on the coordination graph before it");
        Assert.Equal("RAISED", answer["feedbackTrace"]!["steps"]![0]!["kind"]!.GetValue<string>());

        await MutateAsync("""mutation { putReferral(input: { fromId: "smus", toId: "ikuspegi" }) { id } }""", "coordinator");
        var linked = await _app.Store.GetGraphVersionAsync(_ct);
        var path = await _app.QueryAsync($$"""{ path(from: "smus", to: "ikuspegi", via: [REFERRAL], minVersion: {{linked}}) { length } }""");

        Assert.Equal(1, path["path"]!["length"]!.GetValue<int>());
        Assert.Equal(keptAfterMove, builder.KeptCoordination);
    }

    [Fact]
    public void a_network_deleted_with_its_memberships_is_a_gap_between_the_levels_its_members_held_together()
    {
        var previous = new TestGraph()
            .Institution("a", GovernanceLevel.Municipal).Institution("b", GovernanceLevel.Regional)
            .Network("n").MemberOf("a", "n").MemberOf("b", "n")
            .Theme("t", GovernanceLevel.Municipal, GovernanceLevel.Regional).Holds("a", "t").Holds("b", "t")
            .Analyse();
        previous.Prepare();
        // A detached delete names only the network; its memberships go with it.
        var change = new SnapshotChange(2, new HashSet<string>(StringComparer.Ordinal) { "n" }, [], []);

        var patched = GraphAnalysis.BuildAfter(previous, change);
        var whole = GraphAnalysis.Build(SnapshotPatch.Apply(previous.Snapshot, change));

        Assert.DoesNotContain(previous.CoverageGaps(null, null, null), gap => gap.Kind == GapKind.DisconnectedLevels);
        Assert.Contains(whole.CoverageGaps(null, null, null), gap => gap.Kind == GapKind.DisconnectedLevels);
        Assert.Equal(Answers(whole, 0), Answers(patched, 0));
    }

    private static async Task<GraphAnalysis> PatchAsync(AnalysisSnapshots snapshots, GraphAnalysis current)
    {
        var (change, _) = await snapshots.ReadAsync(current, _ct);
        Assert.NotNull(change);
        var analysis = GraphAnalysis.BuildAfter(current, change);
        analysis.Prepare();
        return analysis;
    }

    private static string Answers(GraphAnalysis analysis, int seed)
    {
        var random = new Random(seed);
        var institutions = analysis.Snapshot.Nodes.Where(n => n.Label == NodeLabel.Institution).Select(n => n.Id).Order(StringComparer.Ordinal).ToList();
        var items = analysis.Snapshot.Nodes.Where(n => n.Label == NodeLabel.FeedbackItem).Select(n => n.Id).Order(StringComparer.Ordinal);
        var ends = Enumerable.Range(0, 5).Select(_ => (institutions[random.Next(institutions.Count)], institutions[random.Next(institutions.Count)])).ToList();
        return JsonSerializer.Serialize(new object?[]
        {
            institutions.Select(id => analysis.Coordination(id, 1, null)),
            institutions.Take(5).Select(id => analysis.Coordination(id, 3, [LinkKind.Referral, LinkKind.SharedNetwork])),
            ends.Select(pair => analysis.Path(pair.Item1, pair.Item2, null, 6)),
            analysis.CoverageGaps(null, null, null),
            analysis.CoordinationMatrix(null),
            analysis.CoordinationMatrix([LinkKind.Funding, LinkKind.Hierarchy]),
            analysis.Dashboard(),
            items.Select(analysis.FeedbackTrace),
            analysis.Brokers(20, null),
            analysis.Brokers(5, [LinkKind.SharedMeeting]),
        });
    }

    private async Task<string> MutateAsync(string mutation, string role, string? org = null)
    {
        var data = await _app.QueryAsync(mutation, token: _app.Token(role, org));
        return data.AsObject().Single().Value!["id"]!.GetValue<string>();
    }

    private static readonly DateOnly _pastDay = new(2019, 6, 1);

    /// <summary>Half the links undated; the others ended before today, start after it, or started in the past.</summary>
    private static string Dates(Random random) => random.Next(6) switch
    {
        0 => ", validFrom: \"2018-01-01\", validTo: \"2020-01-01\"",
        1 => ", validFrom: \"2099-01-01\"",
        2 => ", validFrom: \"2019-01-01\"",
        _ => "",
    };

    private async Task WriteAsync(Random random, GraphSnapshot graph)
    {
        List<NodeRecord> Of(NodeLabel label) => [.. graph.Nodes.Where(n => n.Label == label)];
        NodeRecord Pick(NodeLabel label) => Of(label)[random.Next(Of(label).Count)];
        var (a, b, c) = (Pick(NodeLabel.Institution), Pick(NodeLabel.Institution), Pick(NodeLabel.Institution));
        var (network, theme, responsibility) = (Pick(NodeLabel.Network), Pick(NodeLabel.Theme), Pick(NodeLabel.Responsibility));
        RelationshipRecord Existing(RelationshipType type)
        {
            var all = graph.Relationships.Where(r => r.Type == type).ToList();
            return all[random.Next(all.Count)];
        }
        var (referral, membership, onTheme) = (Existing(RelationshipType.RefersTo), Existing(RelationshipType.MemberOf), Existing(RelationshipType.OnTheme));
        var level = new[] { "MUNICIPAL", "PROVINCIAL", "REGIONAL", "NATIONAL", "EUROPEAN" }[random.Next(5)];
        var (name, mutation) = random.Next(16) switch
        {
            0 => ("createInstitution", $$"""createInstitution(input: { name: "Incremental {{++_created}}", kind: NGO, level: {{level}}, description: "A test." }) { id }"""),
            1 => ("updateInstitution", $$"""updateInstitution(input: { id: "{{a.Id}}", expectedVersion: {{a.Version}}, level: {{level}}, name: "Renamed {{++_created}}" }) { id }"""),
            2 => ("deleteInstitution", $$"""deleteInstitution(input: { id: "{{a.Id}}", detach: true }) { id }"""),
            3 => ("putReferral", $$"""putReferral(input: { fromId: "{{a.Id}}", toId: "{{b.Id}}"{{Dates(random)}} }) { id }"""),
            4 => ("removeReferral", $$"""removeReferral(input: { fromId: "{{referral.FromId}}", toId: "{{referral.ToId}}" }) { id }"""),
            5 => ("putMembership", $$"""putMembership(input: { institutionId: "{{a.Id}}", networkId: "{{network.Id}}", role: MEMBER{{Dates(random)}} }) { id }"""),
            6 => ("removeMembership", $$"""removeMembership(input: { institutionId: "{{membership.FromId}}", networkId: "{{membership.ToId}}" }) { id }"""),
            7 => ("putFunding", $$"""putFunding(input: { funderId: "{{a.Id}}", recipientId: "{{b.Id}}", programme: "Incremental" }) { id }"""),
            8 => ("putPartOf", $$"""putPartOf(input: { childId: "{{a.Id}}", parentId: "{{b.Id}}" }) { id }"""),
            9 => ("putHolding", $$"""putHolding(input: { institutionId: "{{a.Id}}", responsibilityId: "{{responsibility.Id}}", role: {{(random.Next(2) == 0 ? "LEAD" : "SUPPORT")}} }) { id }"""),
            10 => ("removeResponsibilityTheme", $$"""removeResponsibilityTheme(input: { responsibilityId: "{{onTheme.FromId}}", themeId: "{{onTheme.ToId}}" }) { id }"""),
            11 => ("putNetworkTheme", $$"""putNetworkTheme(input: { networkId: "{{network.Id}}", themeId: "{{theme.Id}}"{{Dates(random)}} }) { id }"""),
            12 => ("updateTheme", $$"""updateTheme(input: { id: "{{theme.Id}}", expectedVersion: {{theme.Version}}, expectedLevels: [{{level}}, EUROPEAN], name: "Theme {{++_created}}" }) { id }"""),
            13 => ("updateNetwork", $$"""updateNetwork(input: { id: "{{network.Id}}", expectedVersion: {{network.Version}}, level: {{level}}, name: "Network {{++_created}}" }) { id }"""),
            14 => ("recordMeeting", $$"""recordMeeting(input: { networkId: "{{network.Id}}", title: "Meeting {{++_created}}", date: "2026-03-0{{random.Next(1, 9)}}", summary: "A test.", attendeeIds: ["{{a.Id}}", "{{b.Id}}", "{{c.Id}}"] }) { id }"""),
            _ => random.Next(2) == 0
                ? ("deleteNetwork", $$"""deleteNetwork(input: { id: "{{network.Id}}", detach: true }) { id }""")
                : ("putResponsibilityTheme", $$"""putResponsibilityTheme(input: { responsibilityId: "{{responsibility.Id}}", themeId: "{{theme.Id}}" }) { id }"""),
        };
        var (_, body) = await _app.PostAsync($"mutation {{ {mutation} }}", token: _app.Token("admin"));
        if (body["errors"] is null)
        {
            _succeeded[name] = _succeeded.GetValueOrDefault(name) + 1;
        }
    }
}
