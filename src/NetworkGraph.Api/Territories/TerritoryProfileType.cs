using NetworkGraph.Api.Analysis;
using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Territories;

namespace NetworkGraph.Api.Territories;

public sealed class TerritoryProfileType : ObjectGraphType<TerritoryProfile>
{
    public TerritoryProfileType()
    {
        Name = "TerritoryProfile";
        Description = "One territory's figures, each computed on the institutions acting on it, for comparing territories side by side.";
        Field<NonNullGraphType<TerritoryType>>("territory").AnalysedNode(profile => profile.TerritoryId);
        Field<NonNullGraphType<IntGraphType>>("institutions").Resolve(c => c.Source.Institutions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType<GovernanceLevel>>>>>("institutionsByLevel").Resolve(c => c.Source.InstitutionsByLevel);
        Field<NonNullGraphType<IntGraphType>>("networks")
            .Description("Networks one of its institutions is a member of, and the networks those are part of.")
            .Resolve(c => c.Source.Networks);
        Field<NonNullGraphType<FloatGraphType>>("density")
            .Description("Linked pairs of institutions over all possible pairs, from 0 to 1.")
            .Resolve(c => c.Source.Density);
        Field<NonNullGraphType<FloatGraphType>>("eiIndex")
            .Description("The E-I index of its coordination links: 1 when every link crosses levels, -1 when none does.")
            .Resolve(c => c.Source.EiIndex);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType<Severity>>>>>("gapsBySeverity").Resolve(c => c.Source.GapsBySeverity);
        Field<FloatGraphType>("themesCoveredAtEveryExpectedLevel")
            .Description("The share of themes with expected levels that have a holder at every one of them, from 0 to 1; null when no theme expects a level.")
            .Resolve(c => c.Source.ThemesCoveredAtEveryExpectedLevel);
        Field<FloatGraphType>("closedLoopRate")
            .Description("The share of its feedback items resolved and reported back, from 0 to 1; null without feedback.")
            .Resolve(c => c.Source.ClosedLoopRate);
        Field<FloatGraphType>("medianDaysToResolution").Resolve(c => c.Source.MedianDaysToResolution);
        Field<NonNullGraphType<FloatGraphType>>("brokerConcentration")
            .Description("The share of all betweenness held by its top 3 brokers, from 0 to 1 (0 when nobody brokers).")
            .Resolve(c => c.Source.BrokerConcentration);
    }
}
