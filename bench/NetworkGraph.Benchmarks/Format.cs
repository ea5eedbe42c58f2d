using System.Globalization;

namespace NetworkGraph.Benchmarks;

internal static class Format
{
    private static readonly CultureInfo _invariant = CultureInfo.InvariantCulture;

    public static string Milliseconds(double ms) => ms switch
    {
        < 0.1 => ms.ToString("0.000", _invariant),
        < 10 => ms.ToString("0.00", _invariant),
        < 1000 => ms.ToString("0.0", _invariant),
        _ => ms.ToString("#,0", _invariant),
    };

    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.0 'KB'", _invariant),
        < 1024L * 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString("0.0 'MB'", _invariant),
        _ => (bytes / (1024.0 * 1024 * 1024)).ToString("0.00 'GB'", _invariant),
    };

    public static string Duration(double ms) => ms switch
    {
        < 1000 => $"{Milliseconds(ms)} ms",
        < 120_000 => (ms / 1000).ToString("0.0 's'", _invariant),
        < 7_200_000 => (ms / 60_000).ToString("0.0 'min'", _invariant),
        _ => (ms / 3_600_000).ToString("0.0 'h'", _invariant),
    };

    public static string Count(long value) => value.ToString("N0", _invariant);

    public static string Ratio(double ratio) => ratio.ToString(ratio < 10 ? "'×'0.0" : "'×'#,0", _invariant);
}
