using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace NetworkGraph.Benchmarks;

/// <summary>What the numbers were measured on: they mean little without it.</summary>
internal static class Machine
{
    public static IReadOnlyList<(string Name, string Value)> Describe() =>
    [
        ("CPU", CpuModel() ?? RuntimeInformation.ProcessArchitecture.ToString()),
        ("Logical processors", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)),
        ("OS", RuntimeInformation.OSDescription),
        (".NET", RuntimeInformation.FrameworkDescription),
        ("GC", GCSettings.IsServerGC ? "server" : "workstation"),
        ("Memory available", $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0):F1} GiB"),
    ];

    /// <summary>The 1, 5 and 15 minute load averages: other work on a shared machine shows in the numbers.</summary>
    public static string LoadAverage()
    {
        const string loadAverage = "/proc/loadavg";
        return File.Exists(loadAverage)
            ? string.Join(" / ", File.ReadAllText(loadAverage).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3))
            : "unknown";
    }

    private static string? CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (!File.Exists(cpuInfo))
        {
            return null;
        }
        return File.ReadLines(cpuInfo)
            .Where(line => line.StartsWith("model name", StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault();
    }
}
