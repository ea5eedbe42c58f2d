using System.Globalization;
using NetworkGraph.Synthetic;

namespace NetworkGraph.Benchmarks;

/// <summary>The command line: [--sizes 1000,10000] [--quick] [--seed N] [--out PATH].</summary>
internal sealed record BenchmarkArguments(IReadOnlyList<int> Sizes, bool Quick, int Seed, string? Output)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/NetworkGraph.Benchmarks -- [--sizes 1000,10000,100000] [--quick] [--seed N] [--out PATH]

          --sizes N,N,...   institutions per synthetic graph (default 1000,10000,100000; each at least 100)
          --quick           a smoke run: few warm repeats and a short budget per question
          --seed N          the generator's seed (default 20251001)
          --out PATH        also write the machine and the tables to PATH (Markdown); in a file that has
                            the markers <!-- benchmark:begin --> and <!-- benchmark:end --> only the part
                            between them is replaced, so notes around it stay
        """;

    public static readonly IReadOnlyList<int> DefaultSizes = [1000, 10000, 100000];

    public static (BenchmarkArguments? Arguments, string? Problem) Parse(IReadOnlyList<string> args)
    {
        var sizes = DefaultSizes;
        var quick = false;
        var seed = SyntheticGraph.DefaultSeed;
        string? output = null;
        for (var i = 0; i < args.Count; i++)
        {
            var flag = args[i];
            if (flag == "--quick")
            {
                quick = true;
                continue;
            }
            if (flag is not ("--sizes" or "--seed" or "--out"))
            {
                return (null, $"unknown argument '{flag}'");
            }
            if (i + 1 >= args.Count)
            {
                return (null, $"{flag} needs a value");
            }
            var value = args[++i];
            switch (flag)
            {
                case "--sizes":
                    var parsed = value.Split(',', StringSplitOptions.TrimEntries)
                        .Select(text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var size) ? size : -1)
                        .ToList();
                    if (parsed.Count == 0 || parsed.Any(size => size < SyntheticGraph.MinimumInstitutions))
                    {
                        return (null, $"--sizes must be whole numbers of at least {SyntheticGraph.MinimumInstitutions} separated by commas, not '{value}'");
                    }
                    sizes = parsed;
                    break;
                case "--seed":
                    if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed))
                    {
                        return (null, $"--seed must be a whole number, not '{value}'");
                    }
                    break;
                default:
                    output = value;
                    break;
            }
        }
        return (new BenchmarkArguments(sizes, quick, seed, output), null);
    }
}
