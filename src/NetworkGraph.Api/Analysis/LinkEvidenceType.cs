using NetworkGraph.Api.Institutions;
using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

public sealed class LinkEvidenceType : ObjectGraphType<LinkEvidence>
{
    public LinkEvidenceType()
    {
        Name = "LinkEvidence";
        Description = "Why two institutions are linked: a shared network or meeting, a referral, funding, or one being part of the other.";
        Field<NonNullGraphType<EnumerationGraphType<LinkKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<InstitutionType>>("from").AnalysedNode(source => source.FromId);
        Field<NonNullGraphType<InstitutionType>>("to").AnalysedNode(source => source.ToId);
        Field<NodeInterface>("via")
            .Description("The network or meeting the two share; null for a direct referral, funding or hierarchy link.")
            .AnalysedNode(source => source.ViaId);
        Field<NonNullGraphType<StringGraphType>>("description").Description("The link in plain words.").Resolve(c => c.Source.Description);
    }
}
