using System.Text;

namespace NetworkGraph.Benchmarks;

/// <summary>The Markdown report: the machine, the graph sizes, the targets, one table per size, and growth against each bound.</summary>
internal static class Report
{
    public const int TargetSize = 10_000;

    public static string Render(IReadOnlyList<SizeResult> results, BenchmarkArguments arguments, BenchmarkSettings settings, RunConditions conditions)
    {
        var text = new StringBuilder();
        Machine(text, arguments, settings, conditions);
        Sizes(text, results);
        Targets(text, results);
        foreach (var result in results)
        {
            Timings(text, result);
        }
        Growth(text, results);
        return text.ToString();
    }

    private static void Machine(StringBuilder text, BenchmarkArguments arguments, BenchmarkSettings settings, RunConditions conditions)
    {
        text.AppendLine("## Machine").AppendLine().AppendLine("| | |").AppendLine("|---|---|");
        foreach (var (name, value) in Benchmarks.Machine.Describe())
        {
            text.AppendLine($"| {name} | {value} |");
        }
        text.AppendLine($"| Build | {(conditions.Optimised ? "optimised (Release)" : "**not optimised: run with -c Release, these numbers mean little**")} |");
        text.AppendLine($"| Load average (1 / 5 / 15 min) | {conditions.LoadBefore} at the start, {conditions.LoadAfter} at the end |");
        text.AppendLine($"| Run | seed {arguments.Seed}{(arguments.Quick ? ", --quick" : "")}, started {conditions.Started:yyyy-MM-dd HH:mm} UTC, took {Format.Duration(conditions.Elapsed.TotalMilliseconds)} |").AppendLine();
        text.AppendLine("Cold is the first call on a fresh `GraphAnalysis` (gaps, brokers and the dashboard are cached per instance), after a JIT warm-up "
            + $"on a small graph. Warm is the median of the repeats that fit {Format.Duration(settings.WarmBudgetMilliseconds)} (3 to {settings.MaxRepeats}); "
            + $"a question whose single run exceeds {Format.Duration(settings.WarmLimitMilliseconds)} is not repeated. Allocated is what the whole "
            + "process allocated during the call (`GC.GetTotalAllocatedBytes(precise: true)`), so parallel work counts too.").AppendLine();
    }

    private static void Sizes(StringBuilder text, IReadOnlyList<SizeResult> results)
    {
        text.AppendLine("## Graph sizes").AppendLine()
            .AppendLine("| institutions | nodes | relationships | coordination links | generated in | generation allocated |")
            .AppendLine("|---:|---:|---:|---:|---:|---:|");
        foreach (var facts in results.Select(r => r.Facts))
        {
            text.AppendLine($"| {Format.Count(facts.Institutions)} | {Format.Count(facts.Nodes)} | {Format.Count(facts.Relationships)} | "
                + $"{Format.Count(facts.CoordinationLinks)} | {Format.Duration(facts.Generation.Milliseconds)} | {Format.Bytes(facts.Generation.AllocatedBytes)} |");
        }
        text.AppendLine();
    }

    private static void Targets(StringBuilder text, IReadOnlyList<SizeResult> results)
    {
        var atTarget = results.FirstOrDefault(r => r.Facts.Institutions == TargetSize);
        text.AppendLine($"## Targets ({Format.Count(TargetSize)} institutions)").AppendLine();
        if (atTarget is null)
        {
            text.AppendLine($"Not judged: this run did not include {Format.Count(TargetSize)} institutions.").AppendLine();
            return;
        }
        text.AppendLine("| question | target | warm ms | cold ms | verdict |").AppendLine("|---|---:|---:|---:|---|");
        foreach (var row in atTarget.Rows.Where(r => r.TargetMilliseconds is not null))
        {
            var target = row.TargetMilliseconds!.Value;
            var verdict = (row.Warm, row.Cold) switch
            {
                (null, null) => "not measured",
                (null, { } cold) => cold.Milliseconds <= target ? "met (cold)" : "**missed** (cold; warm not repeated)",
                ({ } warm, { } cold) when row.CachedPerInstance =>
                    (warm.Milliseconds <= target ? "met warm (a cache hit)" : "**missed** warm")
                    + (cold.Milliseconds <= target ? "; met cold too" : "; **missed cold**, which every first request after a write pays"),
                ({ } warm, _) => warm.Milliseconds <= target ? "met" : "**missed**",
            };
            text.AppendLine($"| {row.Name} | < {Format.Milliseconds(target)} | {Cell(row.Warm, target)} | {Cell(row.Cold, row.CachedPerInstance ? target : null)} | {verdict} |");
        }
        text.AppendLine();
    }

    private static void Timings(StringBuilder text, SizeResult result)
    {
        text.AppendLine($"## {Format.Count(result.Facts.Institutions)} institutions").AppendLine()
            .AppendLine("| question | answer | cold ms | cold allocated | warm ms | warm allocated | repeats | target | notes |")
            .AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var row in result.Rows)
        {
            var target = row.TargetMilliseconds is { } t ? $"< {Format.Milliseconds(t)}" : "";
            text.AppendLine($"| {row.Name} | {row.Answer} | {Cell(row.Cold, row.CachedPerInstance ? row.TargetMilliseconds : null)} | "
                + $"{(row.Cold is { } c ? Format.Bytes(c.AllocatedBytes) : "")} | {Cell(row.Warm, row.TargetMilliseconds)} | "
                + $"{(row.Warm is { } w ? Format.Bytes(w.AllocatedBytes) : "")} | {(row.Repeats > 0 ? row.Repeats : "")} | {target} | {row.Note} |");
        }
        text.AppendLine();
    }

    private static void Growth(StringBuilder text, IReadOnlyList<SizeResult> results)
    {
        if (results.Count < 2)
        {
            return;
        }
        text.AppendLine("## Growth against the bounds").AppendLine()
            .AppendLine("Each cell: how many times longer the larger graph took (warm; cold for answers cached per instance), and in brackets "
                + "how many times the bound's quantity grew. A time growing much faster than its bound points at the code, not the algorithm.").AppendLine();
        var steps = results.Zip(results.Skip(1)).ToList();
        text.Append("| question | bound |");
        foreach (var (small, large) in steps)
        {
            text.Append($" {Format.Count(small.Facts.Institutions)} → {Format.Count(large.Facts.Institutions)} |");
        }
        text.AppendLine().Append("|---|---|").AppendLine(string.Concat(steps.Select(_ => "---:|")));
        foreach (var row in results[0].Rows)
        {
            text.Append($"| {row.Name} | {row.Bound} |");
            foreach (var (small, large) in steps)
            {
                var before = small.Rows.First(r => r.Name == row.Name);
                var after = large.Rows.First(r => r.Name == row.Name);
                text.Append(before.Representative is { } t1 && after.Representative is { } t2 && t1 > 0
                    ? $" {Format.Ratio(t2 / t1)} (bound {Format.Ratio(after.Scale / before.Scale)}) |"
                    : " not measured |");
            }
            text.AppendLine();
        }
        text.AppendLine();
    }

    /// <summary>A time, in bold with a cross when it misses the target it is judged against.</summary>
    private static string Cell(Sample? sample, double? target) => sample switch
    {
        null => "—",
        { } s when target is { } t && s.Milliseconds > t => $"**{Format.Milliseconds(s.Milliseconds)}** ✗",
        { } s => Format.Milliseconds(s.Milliseconds),
    };
}
