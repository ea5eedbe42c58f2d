namespace NetworkGraph.Core.Seed;

/// <summary>A seed file that does not follow the format; each problem names the file, the entry and what is wrong.</summary>
public sealed class SeedFormatException(IReadOnlyList<string> problems)
    : Exception("The seed is malformed:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
