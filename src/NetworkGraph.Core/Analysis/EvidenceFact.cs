namespace NetworkGraph.Core.Analysis;

/// <summary>
/// One reason two institutions are linked, independent of the direction a path walks: the
/// description states the fact in its own direction, the ends are filled in when a path is walked.
/// </summary>
internal sealed record EvidenceFact(LinkKind Kind, string? ViaId, string Description)
{
    public static readonly IComparer<EvidenceFact> Order = Comparer<EvidenceFact>.Create(static (a, b) =>
    {
        var byKind = a.Kind.CompareTo(b.Kind);
        if (byKind != 0)
        {
            return byKind;
        }
        var byVia = string.CompareOrdinal(a.ViaId, b.ViaId);
        return byVia != 0 ? byVia : string.CompareOrdinal(a.Description, b.Description);
    });

    public LinkEvidence Walked(string fromId, string toId) => new(Kind, fromId, toId, ViaId, Description);
}
