namespace NetworkGraph.Core.Graph;

/// <summary>
/// A search over every node, in the order of <see cref="SearchRank"/>, then the length of the display name, then id;
/// <see cref="Skip"/> and <see cref="First"/> take a slice of that order, so the best match is on the first slice
/// whatever the number of matches.
/// </summary>
public sealed record NodeSearch
{
    /// <summary>The text to find within a node's terms, ignoring case and accents (see <see cref="SearchText"/>); not empty.</summary>
    public required string Text { get; init; }

    /// <summary>How many of the best matches to pass over: a caller that filters rows asks for the next slice this way.</summary>
    public int Skip { get; init; }

    public int First { get; init; } = 20;

    /// <summary>The port's rule, which every store checks: a text, and a slice that starts at 0 or later and holds 0 or more.</summary>
    public static void ThrowIfInvalid(NodeSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentException.ThrowIfNullOrEmpty(search.Text);
        ArgumentOutOfRangeException.ThrowIfNegative(search.Skip);
        ArgumentOutOfRangeException.ThrowIfNegative(search.First);
    }
}

/// <summary>A slice of the ranked matches, and whether more follow it.</summary>
public sealed record NodeSearchPage(IReadOnlyList<NodeRecord> Nodes, bool HasMore)
{
    /// <summary>A slice from nodes fetched one beyond <paramref name="first"/>: the extra one only says that more follow.</summary>
    public static NodeSearchPage FromOneBeyond(IReadOnlyList<NodeRecord> fetched, int first) =>
        new(fetched.Count > first ? fetched.Take(first).ToList() : fetched, fetched.Count > first);
}
