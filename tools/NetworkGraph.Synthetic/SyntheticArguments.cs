using System.Globalization;

namespace NetworkGraph.Synthetic;

/// <summary>The command line: --institutions N [--seed N] --out PATH.</summary>
internal sealed record SyntheticArguments(int Institutions, int Seed, string Output)
{
    public const string Usage = """
        Usage: dotnet run --project tools/NetworkGraph.Synthetic -- --institutions N [--seed N] --out PATH

          --institutions N   how many institutions the graph holds (at least 100)
          --seed N           the seed of the generator (default 20251001); equal seeds give equal files
          --out PATH         the seed-format JSON file to write (never under seed/: synthetic data is not the seed)
        """;

    /// <summary>The arguments, or the reason they are wrong.</summary>
    public static (SyntheticArguments? Arguments, string? Problem) Parse(IReadOnlyList<string> args)
    {
        int? institutions = null;
        var seed = SyntheticGraph.DefaultSeed;
        string? output = null;
        for (var i = 0; i < args.Count; i++)
        {
            var flag = args[i];
            if (flag is not ("--institutions" or "--seed" or "--out"))
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
                case "--institutions":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < SyntheticGraph.MinimumInstitutions)
                    {
                        return (null, $"--institutions must be a whole number of at least {SyntheticGraph.MinimumInstitutions}, not '{value}'");
                    }
                    institutions = count;
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
        return institutions is null ? (null, "--institutions is required")
            : string.IsNullOrWhiteSpace(output) ? (null, "--out is required")
            : (new SyntheticArguments(institutions.Value, seed, output), null);
    }
}
