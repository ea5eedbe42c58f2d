namespace NetworkGraph.Core.Analysis;

/// <summary>
/// A set of link kinds as bits, so that filtering a link by the kinds a query allows is one AND
/// in the inner loop of a traversal instead of a set lookup.
/// </summary>
internal static class LinkKindMask
{
    public const int All = (1 << 5) - 1;

    public static int Bit(LinkKind kind) => 1 << (int)kind;

    public static bool Contains(int mask, LinkKind kind) => (mask & Bit(kind)) != 0;

    /// <summary>Null or empty means every kind, as the API's default for <c>via</c>.</summary>
    public static int Of(IReadOnlyCollection<LinkKind>? via)
    {
        if (via is null || via.Count == 0)
        {
            return All;
        }
        var mask = 0;
        foreach (var kind in via)
        {
            if (!Enum.IsDefined(kind))
            {
                throw new AnalysisInputException($"'via' holds {(int)kind}, which is not a link kind.");
            }
            mask |= Bit(kind);
        }
        return mask;
    }
}
