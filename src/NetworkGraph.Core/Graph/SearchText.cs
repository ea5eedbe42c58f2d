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

    /// <summary>What a node is found by: its id, its name or title, and its acronym.</summary>
    public static string For(NodeRecord node) =>
        Fold(string.Join(' ', new[] { node.Id, node.DisplayName, node.GetString("acronym") }.Where(s => s is not null)));
}
