namespace NetworkGraph.Core.Graph;

/// <summary>What a search term of a node is: the ranking treats an id, a name and an acronym differently.</summary>
public enum SearchTermKind
{
    Id,

    /// <summary>A name or title a person reads; a node may have several (issue 18 adds one per language).</summary>
    Name,

    Acronym,
}

/// <summary>One folded text a node is found by (see <see cref="SearchText.TermsOf"/>).</summary>
public readonly record struct SearchTerm(SearchTermKind Kind, string Text);
