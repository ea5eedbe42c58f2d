namespace NetworkGraph.Core.Analysis;

/// <summary>
/// One reason two institutions are linked, independent of the direction a path walks: the node that carries a
/// shared link (the network or meeting), or the ends of the relationship of a direct one. Its sentence is written
/// only when a path is walked (<see cref="EvidenceDescriptions"/>), from the graph of the analysis asked, so a link
/// costs no text, and a renamed node or a relationship's changed properties change no link.
/// </summary>
internal sealed class EvidenceFact(LinkKind kind, string? viaId, string? fromId = null, string? toId = null)
{
    private EvidenceFact[]? _alone;

    public LinkKind Kind { get; } = kind;

    /// <summary>The shared network or meeting; null for direct links.</summary>
    public string? ViaId { get; } = viaId;

    /// <summary>The start of the referral, funding or part-of relationship; null for shared links.</summary>
    public string? FromId { get; } = fromId;

    /// <summary>The end of the referral, funding or part-of relationship; null for shared links.</summary>
    public string? ToId { get; } = toId;

    /// <summary>This fact as the whole evidence of a pair: one array shared by every pair it alone links.</summary>
    public EvidenceFact[] Alone => _alone ??= [this];

    /// <summary>By kind, then via, then the direct relationship's ends.</summary>
    public static readonly IComparer<EvidenceFact> Order = Comparer<EvidenceFact>.Create(static (a, b) =>
    {
        var byKind = a.Kind.CompareTo(b.Kind);
        if (byKind != 0)
        {
            return byKind;
        }
        var byVia = string.CompareOrdinal(a.ViaId, b.ViaId);
        if (byVia != 0)
        {
            return byVia;
        }
        var byFrom = string.CompareOrdinal(a.FromId, b.FromId);
        return byFrom != 0 ? byFrom : string.CompareOrdinal(a.ToId, b.ToId);
    });

    /// <summary>The same reason: equal kind, via and ends.</summary>
    public bool SameAs(EvidenceFact other) => Order.Compare(this, other) == 0;
}
