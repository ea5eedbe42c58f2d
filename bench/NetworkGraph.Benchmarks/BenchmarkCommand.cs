using System.Diagnostics;
using System.Reflection;
using NetworkGraph.Synthetic;

namespace NetworkGraph.Benchmarks;

/// <summary>Runs every size in turn, prints the report, and writes it when asked. Exit codes: 0 done, 2 bad arguments.</summary>
internal static class BenchmarkCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args is ["--help"] or ["-h"])
        {
            output.WriteLine(BenchmarkArguments.Usage);
            return 0;
        }
        var (arguments, problem) = BenchmarkArguments.Parse(args);
        if (arguments is null)
        {
            error.WriteLine($"error: {problem}");
            error.WriteLine(BenchmarkArguments.Usage);
            return 2;
        }
        var settings = BenchmarkSettings.For(arguments.Quick);
        var started = DateTimeOffset.UtcNow;
        var loadBefore = Machine.LoadAverage();
        var stopwatch = Stopwatch.StartNew();
        // The first size must not pay for compiling every method: a small graph goes through first, unreported.
        new SizeRun(BenchmarkSettings.For(quick: true), null).Measure(SyntheticGraph.MinimumInstitutions, arguments.Seed);
        var results = new List<SizeResult>();
        foreach (var size in arguments.Sizes)
        {
            error.WriteLine($"measuring {size:N0} institutions ...");
            var result = new SizeRun(settings, results.LastOrDefault()).Measure(size, arguments.Seed);
            results.Add(result);
            foreach (var row in result.Rows)
            {
                error.WriteLine($"  {row.Name}: cold {(row.Cold is { } c ? Format.Duration(c.Milliseconds) : "—")}, warm {(row.Warm is { } w ? Format.Duration(w.Milliseconds) : "—")}");
            }
        }
        var conditions = new RunConditions(IsOptimised(), started, stopwatch.Elapsed, loadBefore, Machine.LoadAverage());
        var report = Report.Render(results, arguments, settings, conditions);
        output.Write(report);
        if (arguments.Output is { } path)
        {
            ReportFile.Write(path, report);
            error.WriteLine($"wrote {Path.GetFullPath(path)}");
        }
        return 0;
    }

    private static bool IsOptimised() =>
        typeof(BenchmarkCommand).Assembly.GetCustomAttribute<DebuggableAttribute>() is not { IsJITOptimizerDisabled: true };
}
