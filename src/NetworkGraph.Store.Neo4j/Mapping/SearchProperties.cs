using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Neo4j.Mapping;

/// <summary>
/// What a node is searched by, kept on the node beside its properties (see <see cref="SearchText.TermsOf"/>):
/// <c>searchText</c>, its folded terms joined, under the text index that finds the candidates for CONTAINS;
/// <c>searchTerms</c>, the terms one by one, which decide the match (a text lies within one term) and the exact rank;
/// <c>searchNames</c>, the terms that are names, for the prefix rank; and <c>searchNameLength</c>, the length of the
/// display name, the order after the rank. A list holds any number of names, so more names per node need no new shape.
/// </summary>
internal static class SearchProperties
{
    public const string Text = "searchText";
    public const string Terms = "searchTerms";
    public const string Names = "searchNames";
    public const string NameLength = "searchNameLength";

    public static readonly string[] All = [Text, Terms, Names, NameLength];

    /// <summary>The search properties of a node with this id and these properties (they depend on nothing else).</summary>
    public static IEnumerable<KeyValuePair<string, object?>> Of(string id, IReadOnlyDictionary<string, object?> properties)
    {
        var node = new NodeRecord { Id = id, Label = default, Properties = properties };
        var terms = SearchText.TermsOf(node);
        yield return new(Text, string.Join(' ', terms.Select(term => term.Text)));
        yield return new(Terms, terms.Select(term => term.Text).ToArray());
        yield return new(Names, terms.Where(term => term.Kind == SearchTermKind.Name).Select(term => term.Text).ToArray());
        yield return new(NameLength, (long)node.DisplayName.Length);
    }
}
