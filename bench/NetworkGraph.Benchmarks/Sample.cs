using System.Diagnostics;

namespace NetworkGraph.Benchmarks;

/// <summary>One timed run: wall-clock milliseconds and bytes allocated by the whole process meanwhile (brokers run in parallel).</summary>
internal readonly record struct Sample(double Milliseconds, long AllocatedBytes)
{
    public static Sample Of(Action run)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        run();
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new Sample(elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
    }

    public static Sample Median(IReadOnlyList<Sample> samples) =>
        new(MedianOf(samples.Select(s => s.Milliseconds)), (long)MedianOf(samples.Select(s => (double)s.AllocatedBytes)));

    private static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
