using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Schema;

namespace NetworkGraph.Tests.Analysis;

/// <summary>The network as it was on a date: a dated link counts when validFrom &lt;= asOf &lt; validTo.</summary>
public sealed class AsOfTests
{
    private static readonly DateOnly _today = new(2026, 6, 1);

    private static DateOnly Day(string text) => Validity.Parse(text)!.Value;

    [Theory]
    [InlineData("2024-02-29", false)] // the day before validFrom
    [InlineData("2024-03-01", true)] // validFrom itself
    [InlineData("2024-12-31", true)] // the day before validTo
    [InlineData("2025-01-01", false)] // validTo itself
    public void a_dated_link_counts_from_its_first_day_until_the_day_before_it_ends(string asOf, bool linked)
    {
        var analysis = new TestGraph().Institutions("a", "b").RefersTo("a", "b").Dated("2024-03-01", "2025-01-01").Analyse(_today);

        var path = analysis.AsOf(Day(asOf)).Path("a", "b", null, 6);

        Assert.Equal(linked, path is not null);
    }

    [Fact]
    public void an_open_end_holds_ever_after_and_an_open_start_ever_before()
    {
        var analysis = new TestGraph().Institutions("a", "b", "c")
            .RefersTo("a", "b").Dated("2020-01-01", null)
            .RefersTo("b", "c").Dated(null, "2030-01-01")
            .Analyse(_today);

        Assert.Null(analysis.AsOf(Day("2019-12-31")).Path("a", "b", null, 6));
        Assert.NotNull(analysis.AsOf(Day("2099-01-01")).Path("a", "b", null, 6));
        Assert.NotNull(analysis.AsOf(Day("1990-01-01")).Path("b", "c", null, 6));
        Assert.Null(analysis.AsOf(Day("2030-01-01")).Path("b", "c", null, 6));
    }

    [Fact]
    public void a_date_on_which_no_link_starts_or_stops_answers_from_the_same_analysis()
    {
        var analysis = new TestGraph().Institutions("a", "b").RefersTo("a", "b").Dated("2024-03-01", null).Analyse(_today);

        Assert.Same(analysis, analysis.AsOf(Day("2025-07-01")));
        Assert.Same(analysis.AsOf(Day("2023-01-01")), analysis.AsOf(Day("2024-02-29")));
        Assert.NotSame(analysis, analysis.AsOf(Day("2024-02-29")));
    }

    [Fact]
    public void an_undated_graph_is_the_same_on_every_date()
    {
        var analysis = new TestGraph().Institutions("a", "b").RefersTo("a", "b").Analyse(_today);

        Assert.Same(analysis, analysis.AsOf(Day("1900-01-01")));
        Assert.Equal(0, analysis.Timeline.Count);
    }

    [Fact]
    public void a_link_written_with_dates_that_do_not_hold_today_is_kept_for_the_dates_it_holds()
    {
        var graph = new TestGraph().Institutions("a", "b");
        var analysis = graph.Analyse(_today);
        var referral = new RelationshipRecord
        {
            Type = RelationshipType.RefersTo,
            FromId = "a",
            ToId = "b",
            Properties = new Dictionary<string, object?> { [Validity.From] = "2020-01-01", [Validity.To] = "2021-01-01" },
        };
        var nodes = analysis.Snapshot.Nodes.Where(n => n.Id is "a" or "b").ToList();

        // Read at both its ends, as a change reads it.
        var after = GraphAnalysis.BuildAfter(analysis, new SnapshotChange(2, new HashSet<string> { "a", "b" }, nodes, [referral, referral]));

        Assert.Null(after.Path("a", "b", null, 6));
        Assert.NotNull(after.AsOf(Day("2020-06-01")).Path("a", "b", null, 6));
        Assert.Equal(1, after.Timeline.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void on_random_dated_graphs_it_equals_building_the_links_that_hold_on_the_date(int seed)
    {
        var (graph, dates) = RandomDatedGraph(seed);
        var snapshot = graph.Snapshot();
        var analysis = GraphAnalysis.Build(snapshot, asOf: _today);
        Assert.Contains(dates, date => Fingerprint(analysis.AsOf(date)) != Fingerprint(analysis)); // the dates matter

        foreach (var date in dates)
        {
            var byHand = GraphAnalysis.Build(snapshot with
            {
                Relationships = [.. snapshot.Relationships.Where(r => Validity.HoldsOn(r, date))
                    .Select(r => r with { Properties = r.Properties.Where(p => p.Key is not Validity.From and not Validity.To).ToDictionary() })],
            });

            var dated = analysis.AsOf(date);

            Assert.Equal(Fingerprint(byHand), Fingerprint(dated));
            Assert.Equal(Fingerprint(GraphAnalysis.Build(snapshot, asOf: date)), Fingerprint(dated));
        }
    }

    private static string Fingerprint(GraphAnalysis analysis) => string.Join(
        "\n",
        string.Join(",", analysis.Brokers(10, null).Select(b => $"{b.InstitutionId}:{Math.Round(b.Betweenness, 9)}:{b.Degree}")),
        string.Join(",", analysis.CoverageGaps(null, null, null).Select(g => $"{g.ThemeId}:{g.Kind}:{string.Join('+', g.Levels)}")),
        string.Join(",", analysis.Coordination(RandomGraphs.Id(0), 2, null).Select(l => $"{l.InstitutionId}:{l.Distance}")),
        string.Join(",", analysis.CoordinationMatrix(null).Cells.Select(c => $"{c.From}-{c.To}:{c.Links}")),
        analysis.Dashboard().GapsBySeverity.Sum(g => g.Value));

    /// <summary>Institutions at two levels, networks covering themes, referrals and memberships, a third of them dated.</summary>
    private static (TestGraph Graph, DateOnly[] Dates) RandomDatedGraph(int seed)
    {
        var random = new Random(seed);
        var graph = new TestGraph();
        string[] days = ["2019-01-01", "2020-06-15", "2022-03-01", "2024-09-30", "2027-01-01"];
        string? SomeDay() => random.Next(3) == 0 ? null : days[random.Next(days.Length)];
        void MaybeDate()
        {
            if (random.Next(3) == 0)
            {
                var (from, to) = (SomeDay(), SomeDay());
                if (from is not null && to is not null && string.CompareOrdinal(from, to) >= 0)
                {
                    (from, to) = (null, from);
                }
                graph.Dated(from, to);
            }
        }
        for (var i = 0; i < 30; i++)
        {
            graph.Institution(RandomGraphs.Id(i), i % 2 == 0 ? GovernanceLevel.Municipal : GovernanceLevel.Regional);
        }
        graph.Theme("housing", GovernanceLevel.Municipal, GovernanceLevel.Regional).Theme("jobs", GovernanceLevel.Municipal);
        for (var n = 0; n < 4; n++)
        {
            graph.Network($"n{n}").Covers($"n{n}", n % 2 == 0 ? "housing" : "jobs");
            MaybeDate();
        }
        graph.Holds(RandomGraphs.Id(1), "housing");
        MaybeDate();
        var pairs = new HashSet<(int, int)>();
        for (var k = 0; k < 40; k++)
        {
            var (a, b) = (random.Next(30), random.Next(30));
            if (a != b && pairs.Add((a, b)))
            {
                graph.RefersTo(RandomGraphs.Id(a), RandomGraphs.Id(b));
                MaybeDate();
            }
        }
        for (var k = 0; k < 20; k++)
        {
            var (i, n) = (random.Next(30), random.Next(4));
            if (pairs.Add((100 + i, n)))
            {
                graph.MemberOf(RandomGraphs.Id(i), $"n{n}");
                MaybeDate();
            }
        }
        return (graph, [.. days.Select(Day), .. days.Select(d => Day(d).AddDays(-1)), Day("2100-01-01")]);
    }

    [Fact]
    public void changes_lists_what_started_and_stopped_after_from_and_no_later_than_to()
    {
        var analysis = new TestGraph().Institutions("a", "b", "c", "d")
            .RefersTo("a", "b").Dated("2024-01-01", null)
            .RefersTo("b", "c").Dated(null, "2024-06-01")
            .RefersTo("c", "d").Dated("2024-02-01", "2024-03-01")
            .RefersTo("a", "d").Dated("2023-12-31", null)
            .RefersTo("a", "c")
            .Analyse(_today);

        var changes = analysis.Changes(Day("2023-12-31"), Day("2024-06-01"), null);

        Assert.Equal(
            [
                ("2024-01-01", LinkChangeKind.Appeared, "a", "b"),
                ("2024-02-01", LinkChangeKind.Appeared, "c", "d"),
                ("2024-03-01", LinkChangeKind.Disappeared, "c", "d"),
                ("2024-06-01", LinkChangeKind.Disappeared, "b", "c"),
            ],
            changes.Select(c => (Validity.ToText(c.On), c.Kind, c.Relationship.FromId, c.Relationship.ToId)));
        Assert.Empty(analysis.Changes(Day("2024-06-01"), Day("2024-06-01"), null));
    }

    [Fact]
    public void changes_in_a_territory_keep_the_links_whose_ends_act_on_it()
    {
        var analysis = new TestGraph().Territory("bizkaia").Territory("bilbao", "bizkaia").Territory("madrid")
            .Institutions("a", "b", "c")
            .LocatedIn("a", "bilbao").LocatedIn("b", "bilbao").LocatedIn("c", "madrid")
            .RefersTo("a", "b").Dated("2024-01-01", null)
            .RefersTo("a", "c").Dated("2024-01-01", null)
            .Analyse(_today);

        var changes = analysis.Changes(Day("2023-01-01"), Day("2025-01-01"), "bizkaia");

        Assert.Equal([("a", "b")], changes.Select(c => (c.Relationship.FromId, c.Relationship.ToId)));
        Assert.Throws<GraphNotFoundException>(() => analysis.Changes(Day("2023-01-01"), Day("2025-01-01"), "nowhere"));
    }

    [Fact]
    public void changes_refuse_a_from_after_to()
    {
        var analysis = new TestGraph().Institutions("a").Analyse(_today);

        var refusal = Assert.Throws<AnalysisInputException>(() => analysis.Changes(Day("2025-01-02"), Day("2025-01-01"), null));

        Assert.Contains("'from' (2025-01-02) must not come after 'to' (2025-01-01)", refusal.Message);
    }

    [Theory]
    [InlineData("2024-01-01", "2024-01-01")]
    [InlineData("2024-01-02", "2024-01-01")]
    public void the_model_refuses_a_link_that_ends_before_it_starts(string validFrom, string validTo)
    {
        var referral = new RelationshipRecord
        {
            Type = RelationshipType.RefersTo,
            FromId = "a",
            ToId = "b",
            Properties = new Dictionary<string, object?> { [Validity.From] = validFrom, [Validity.To] = validTo },
        };

        var problems = GraphValidator.ValidateRelationship(referral, _ => NodeLabel.Institution);

        Assert.Contains(problems, p => p.Contains("'validTo'", StringComparison.Ordinal) && p.Contains("must come after 'validFrom'", StringComparison.Ordinal));
    }

    [Fact]
    public void only_links_that_can_start_and_end_take_dates()
    {
        Assert.Equal(
            [RelationshipType.MemberOf, RelationshipType.PartOf, RelationshipType.Funds, RelationshipType.RefersTo, RelationshipType.Holds, RelationshipType.Covers, RelationshipType.LocatedIn],
            Enum.GetValues<RelationshipType>().Where(GraphSchema.IsDated));
    }
}
