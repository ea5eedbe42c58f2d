using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Seed;
using NetworkGraph.Synthetic;

namespace NetworkGraph.Tests.Synthetic;

public sealed class SyntheticShapeTests
{
    private const int Institutions = 1000;

    [Fact]
    public void institutions_sit_at_every_level_mostly_municipal_with_few_european_and_international_ones()
    {
        var levels = InstitutionNodes(SyntheticGraph.Generate(Institutions)).Select(n => n.GetEnum<GovernanceLevel>("level")!.Value).ToList();
        int Count(GovernanceLevel level) => levels.Count(l => l == level);

        Assert.Equal(Enum.GetValues<GovernanceLevel>().Order(), levels.Distinct().Order());
        Assert.True(Count(GovernanceLevel.Municipal) > Institutions / 2);
        Assert.All(
            new[] { GovernanceLevel.Provincial, GovernanceLevel.Regional, GovernanceLevel.National },
            level => Assert.InRange(Count(level), Count(GovernanceLevel.European) + 1, Count(GovernanceLevel.Municipal) / 3));
        Assert.True(Count(GovernanceLevel.European) + Count(GovernanceLevel.International) < Institutions / 20);
    }

    [Fact]
    public void every_actor_kind_network_kind_and_feedback_status_occurs()
    {
        var graph = SyntheticGraph.Generate(Institutions);

        Assert.Equal(Enum.GetValues<ActorKind>().Order(), Values<ActorKind>(graph, NodeLabel.Institution, "kind"));
        Assert.Equal(Enum.GetValues<NetworkKind>().Order(), Values<NetworkKind>(graph, NodeLabel.Network, "kind"));
        Assert.Equal(Enum.GetValues<FeedbackStatus>().Order(), Values<FeedbackStatus>(graph, NodeLabel.FeedbackItem, "status"));
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(10000)]
    public void the_number_of_themes_stays_between_20_and_40_whatever_the_size_each_expected_at_two_to_four_levels(int institutions)
    {
        var themes = SyntheticGraph.Generate(institutions).Nodes.Where(n => n.Label == NodeLabel.Theme).ToList();

        Assert.InRange(themes.Count, 20, 40);
        Assert.All(themes, theme => Assert.InRange(theme.GetStrings("expectedLevels").Count, 2, 4));
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(10000)]
    public void counts_grow_with_the_institutions_in_the_intended_ratios(int institutions)
    {
        var graph = SyntheticGraph.Generate(institutions);
        int Count(NodeLabel label) => graph.Nodes.Count(n => n.Label == label);

        Assert.InRange(Count(NodeLabel.Network), institutions / 25, institutions / 15);
        Assert.InRange(Count(NodeLabel.Responsibility), institutions / 4, institutions / 2);
        Assert.InRange(Count(NodeLabel.FeedbackItem), institutions / 25, institutions / 15);
        Assert.InRange(Count(NodeLabel.Meeting), Count(NodeLabel.Network) / 2, Count(NodeLabel.Network) * 3);
    }

    [Fact]
    public void networks_have_four_to_forty_members_and_nest_at_most_three_deep_without_cycles()
    {
        var graph = SyntheticGraph.Generate(10000);
        var networks = graph.Nodes.Where(n => n.Label == NodeLabel.Network).Select(n => n.Id).ToHashSet();
        var members = graph.Relationships.Where(r => r.Type == RelationshipType.MemberOf).GroupBy(r => r.ToId).ToDictionary(g => g.Key, g => g.Count());
        var parent = graph.Relationships.Where(r => r.Type == RelationshipType.PartOf && networks.Contains(r.FromId)).ToDictionary(r => r.FromId, r => r.ToId);

        Assert.All(networks, id => Assert.InRange(members.GetValueOrDefault(id), 4, 40));
        var depths = networks.Select(id => Depth(id, parent)).ToList();
        Assert.Equal(3, depths.Max());
    }

    [Fact]
    public void every_kind_of_coverage_gap_occurs()
    {
        var graph = SyntheticGraph.Generate(Institutions);

        var gaps = GraphAnalysis.Build(new GraphSnapshot(1, graph.Nodes, graph.Relationships)).CoverageGaps(null, null, null);

        Assert.Equal(Enum.GetValues<GapKind>().Order(), gaps.Select(g => g.Kind).Distinct().Order());
    }

    [Fact]
    public void feedback_histories_follow_the_lifecycle_in_time_order()
    {
        var graph = SyntheticGraph.Generate(Institutions);
        var outgoing = graph.Relationships.ToLookup(r => r.FromId);
        var raised = graph.Relationships.Where(r => r.Type == RelationshipType.Raised).ToDictionary(r => r.ToId);

        foreach (var item in graph.Nodes.Where(n => n.Label == NodeLabel.FeedbackItem))
        {
            var steps = outgoing[item.Id].ToLookup(r => r.Type);
            var status = item.GetEnum<FeedbackStatus>("status")!.Value;
            var discussed = steps[RelationshipType.DiscussedAt].Any();
            var escalated = steps[RelationshipType.EscalatedTo].Any();
            var resolved = steps[RelationshipType.ResultedIn].Any();
            var reported = steps[RelationshipType.ReportedBackTo].Any();
            var stage = status switch
            {
                FeedbackStatus.Submitted => 0,
                FeedbackStatus.Triaged => 1,
                FeedbackStatus.Discussed => 2,
                FeedbackStatus.Escalated => 3,
                FeedbackStatus.Resolved => 4,
                FeedbackStatus.ReportedBack => 5,
                _ => -1,
            };
            if (stage >= 0)
            {
                Assert.Equal((stage >= 1, stage >= 2, stage >= 3, stage >= 4, stage == 5),
                    (item.GetString("triagedAt") is not null, discussed, escalated, resolved, reported));
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(item.GetString("declineReason")), item.Id);
                Assert.False(resolved || reported, item.Id);
                Assert.True(!escalated || discussed, item.Id);
            }
            Assert.Single(steps[RelationshipType.About]);
            Assert.Equal(item.GetString("submittedAt"), raised[item.Id].GetString("at"));
            Assert.True(IsInOrder(item, steps), $"{item.Id}: steps out of time order");
        }
    }

    private static bool IsInOrder(NodeRecord item, ILookup<RelationshipType, RelationshipRecord> steps)
    {
        RelationshipType[] order = [RelationshipType.DiscussedAt, RelationshipType.EscalatedTo, RelationshipType.ResultedIn, RelationshipType.ReportedBackTo];
        var instants = new[] { item.GetString("submittedAt"), item.GetString("triagedAt") }
            .Concat(order.SelectMany(type => steps[type].Select(r => r.GetString("at"))))
            .Append(item.GetString("declinedAt"))
            .OfType<string>()
            .Select(text => Instants.TryParse(text, out var instant) ? instant : throw new FormatException(text))
            .ToList();
        return instants.Zip(instants.Skip(1)).All(pair => pair.First <= pair.Second);
    }

    private static int Depth(string id, Dictionary<string, string> parent)
    {
        var depth = 0;
        for (var current = id; parent.TryGetValue(current, out var next); current = next)
        {
            Assert.True(++depth <= parent.Count, $"PART_OF cycle through {id}");
        }
        return depth;
    }

    private static IEnumerable<NodeRecord> InstitutionNodes(SeedGraph graph) => graph.Nodes.Where(n => n.Label == NodeLabel.Institution);

    private static IEnumerable<T> Values<T>(SeedGraph graph, NodeLabel label, string property) where T : struct, Enum =>
        graph.Nodes.Where(n => n.Label == label).Select(n => n.GetEnum<T>(property)!.Value).Distinct().Order();
}
