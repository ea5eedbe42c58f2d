namespace NetworkGraph.Core.Graph;

/// <summary>
/// How well a node matches a search, best first: every store orders matches by this rank, then by the length of the
/// node's display name, then by id (see <see cref="IGraphStore.SearchNodesAsync"/>).
/// </summary>
public static class SearchRank
{
    /// <summary>The text is one of the node's terms exactly: its id, a name or its acronym.</summary>
    public const int Exact = 0;

    /// <summary>A name of the node starts with the text.</summary>
    public const int NamePrefix = 1;

    /// <summary>The text lies within one of the node's terms.</summary>
    public const int Contained = 2;

    /// <summary>The rank of a node with these terms for an already folded, non-empty text; null when it does not match.</summary>
    public static int? Of(IReadOnlyList<SearchTerm> terms, string foldedText)
    {
        int? best = null;
        foreach (var term in terms)
        {
            int? rank = term.Text == foldedText ? Exact
                : term.Kind == SearchTermKind.Name && term.Text.StartsWith(foldedText, StringComparison.Ordinal) ? NamePrefix
                : term.Text.Contains(foldedText, StringComparison.Ordinal) ? Contained
                : null;
            if (rank < (best ?? int.MaxValue))
            {
                best = rank;
            }
        }
        return best;
    }
}
