namespace NetworkGraph.Core.Graph;

/// <summary>
/// A filter over nodes. Every condition narrows the result: property conditions match when the
/// property's value (or any element of a list property) is one of the allowed values.
/// </summary>
public sealed record NodeQuery
{
    /// <summary>Null searches every label.</summary>
    public NodeLabel? Label { get; init; }

    public IReadOnlyDictionary<string, IReadOnlyCollection<string>> PropertyIn { get; init; } =
        new Dictionary<string, IReadOnlyCollection<string>>();

    /// <summary>When set, only these ids qualify (for filters resolved through relationships first).</summary>
    public IReadOnlyCollection<string>? IdIn { get; init; }

    /// <summary>
    /// Matches when the text lies within the node's id, name or title, or acronym, ignoring case and accents (see
    /// <see cref="SearchText.TermsOf"/>).
    /// </summary>
    public string? TextContains { get; init; }

    /// <summary>The id of the last node of the previous page.</summary>
    public string? AfterId { get; init; }

    public int First { get; init; } = 20;
}

public sealed record NodePage(IReadOnlyList<NodeRecord> Nodes, bool HasNextPage, int TotalCount)
{
    /// <summary>A page from nodes fetched one beyond <paramref name="first"/>: the extra one only says that another page follows.</summary>
    public static NodePage FromOneBeyond(IReadOnlyList<NodeRecord> fetched, int first, int totalCount) =>
        new(fetched.Count > first ? fetched.Take(first).ToList() : fetched, fetched.Count > first, totalCount);
}
