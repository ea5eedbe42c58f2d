using NetworkGraph.Api.Institutions;
using NetworkGraph.Api.Themes;
using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

public sealed class CoverageGapType : ObjectGraphType<CoverageGap>
{
    public CoverageGapType()
    {
        Name = "CoverageGap";
        Description = "Where a governance level leaves a theme uncovered, and why.";
        Field<NonNullGraphType<ThemeType>>("theme").AnalysedNode(source => source.ThemeId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<GovernanceLevel>>>>>("levels").Resolve(c => c.Source.Levels);
        Field<NonNullGraphType<EnumerationGraphType<GapKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<EnumerationGraphType<Severity>>>("severity").Resolve(c => c.Source.Severity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstitutionType>>>>("institutions")
            .Description("The institutions involved: the holders at the level(s) concerned.")
            .AnalysedNodes(source => source.InstitutionIds);
        Field<NonNullGraphType<StringGraphType>>("explanation").Description("The gap in one plain sentence.").Resolve(c => c.Source.Explanation);
    }
}
