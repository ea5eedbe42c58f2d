using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Seed;
using NetworkGraph.Synthetic;

namespace NetworkGraph.Benchmarks;

/// <summary>
/// Measures every question on one synthetic graph. Cold is the first call on a fresh
/// <see cref="GraphAnalysis"/> (several answers are cached per instance); warm is the median of
/// repeats, as many as fit a time budget. A question whose cold run the previous size predicts to
/// exceed the budget is skipped, with the prediction.
/// </summary>
internal sealed class SizeRun(BenchmarkSettings settings, SizeResult? previous)
{
    public SizeResult Measure(int institutions, int seed)
    {
        SeedGraph graph = null!;
        var generation = Sample.Of(() => graph = SyntheticGraph.Generate(institutions, seed));
        var snapshot = new GraphSnapshot(1, graph.Nodes, graph.Relationships);
        Settle();
        GraphAnalysis analysis = null!;
        var buildCold = Sample.Of(() => analysis = GraphAnalysis.Build(snapshot));
        var links = analysis.CoordinationMatrix(null).Cells.Sum(cell => cell.Links);
        var facts = new SizeFacts(institutions, graph.Nodes.Count, graph.Relationships.Count, links, generation);
        var subjects = Subjects.Pick(graph);
        analysis = null!;

        var builds = new List<Sample>();
        var rows = new List<Row>();
        foreach (var question in Questions.For(subjects))
        {
            rows.Add(Ask(question, facts, snapshot, builds));
        }
        var buildScale = Questions.BuildScale(facts);
        rows.Insert(0, new Row(
            Questions.BuildName, Questions.BuildBound, buildScale, buildCold, builds.Count > 0 ? Sample.Median(builds) : null,
            builds.Count, "", "warm = the fresh builds made for the other questions", null, false));
        return new SizeResult(facts, rows);
    }

    private Row Ask(Question question, SizeFacts facts, GraphSnapshot snapshot, List<Sample> builds)
    {
        var estimate = Estimate(question, facts);
        if (estimate > settings.BudgetMilliseconds)
        {
            return new Row(question.Name, question.Bound, question.Scale(facts, 1), null, null, 0, "",
                $"skipped: the {previous!.Facts.Institutions:N0} run and {question.Bound} predict ~{Format.Duration(estimate.Value)} per run",
                question.TargetMilliseconds, question.CachedPerInstance);
        }
        Settle();
        GraphAnalysis fresh = null!;
        builds.Add(Sample.Of(() => fresh = GraphAnalysis.Build(snapshot)));
        Settle();
        object? answer = null;
        var cold = Sample.Of(() => answer = question.Ask(fresh));
        var scale = question.Scale(facts, Questions.CountOf(answer));
        if (cold.Milliseconds > settings.WarmLimitMilliseconds)
        {
            return new Row(question.Name, question.Bound, scale, cold, null, 0, Questions.DescribeAnswer(answer),
                $"warm repeats skipped: one run took {Format.Duration(cold.Milliseconds)}", question.TargetMilliseconds, question.CachedPerInstance);
        }
        var repeats = (int)Math.Clamp(settings.WarmBudgetMilliseconds / Math.Max(cold.Milliseconds, 0.001), 3, settings.MaxRepeats);
        var warm = new List<Sample>(repeats);
        for (var i = 0; i < repeats; i++)
        {
            warm.Add(Sample.Of(() => question.Ask(fresh)));
        }
        return new Row(question.Name, question.Bound, scale, cold, Sample.Median(warm), repeats, Questions.DescribeAnswer(answer),
            question.CachedPerInstance ? "cached per instance: warm is a cache hit" : null, question.TargetMilliseconds, question.CachedPerInstance);
    }

    /// <summary>The previous size's cold time scaled by the question's bound, or null when there is nothing to scale from.</summary>
    private double? Estimate(Question question, SizeFacts facts)
    {
        var before = previous?.Rows.FirstOrDefault(row => row.Name == question.Name);
        if (before?.Cold is not { } cold || before.Scale <= 0)
        {
            return null;
        }
        // Local questions scale with their answer, unknown before the run: the graph's growth stands in.
        var now = question.Scale(facts, (int)Math.Min(int.MaxValue, before.Scale * facts.Institutions / previous!.Facts.Institutions));
        return cold.Milliseconds * now / before.Scale;
    }

    /// <summary>Collects the previous question's garbage so that it is not billed to the next one.</summary>
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}

/// <summary>How long a run may take: warm repeats share a budget, and a too-slow run is not repeated.</summary>
internal sealed record BenchmarkSettings(double WarmBudgetMilliseconds, int MaxRepeats, double WarmLimitMilliseconds, double BudgetMilliseconds)
{
    public static BenchmarkSettings For(bool quick) =>
        quick ? new(300, 5, 5000, 20_000) : new(3000, 31, 5000, 240_000);
}
