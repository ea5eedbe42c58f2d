using NetworkGraph.Core.Names;

namespace NetworkGraph.Core.Graph;

/// <summary>The folded form of names that search compares: lower case, accents removed ("Peñascal" -> "penascal").</summary>
public static class SearchText
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(character));
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The folded terms a node is found by, one per searchable text: its id, its name or title, its names in every
    /// language (<see cref="LocalizedNames"/>), and its acronym when it has one. A text matches a node when it lies
    /// within one of them; stores keep one entry per term.
    /// </summary>
    public static IReadOnlyList<SearchTerm> TermsOf(NodeRecord node)
    {
        var terms = new List<SearchTerm>(3)
        {
            new(SearchTermKind.Id, Fold(node.Id)),
            new(SearchTermKind.Name, Fold(node.DisplayName)),
        };
        foreach (var name in LocalizedNames.Of(node))
        {
            var folded = Fold(name.Text);
            if (!terms.Contains(new(SearchTermKind.Name, folded)))
            {
                terms.Add(new(SearchTermKind.Name, folded));
            }
        }
        if (node.GetString("acronym") is { Length: > 0 } acronym)
        {
            terms.Add(new(SearchTermKind.Acronym, Fold(acronym)));
        }
        return terms;
    }
}
