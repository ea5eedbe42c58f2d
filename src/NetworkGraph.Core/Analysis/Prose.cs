namespace NetworkGraph.Core.Analysis;

/// <summary>Small pieces of English for the sentences planners read.</summary>
internal static class Prose
{
    /// <summary>"municipal", "national": how a level reads inside a sentence.</summary>
    public static string Level(GovernanceLevel level) => level switch
    {
        GovernanceLevel.Municipal => "municipal",
        GovernanceLevel.Provincial => "provincial",
        GovernanceLevel.Regional => "regional",
        GovernanceLevel.National => "national",
        GovernanceLevel.European => "european",
        GovernanceLevel.International => "international",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}",
    };
}
