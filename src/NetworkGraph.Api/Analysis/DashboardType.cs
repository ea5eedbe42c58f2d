using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

public sealed class DashboardType : ObjectGraphType<Dashboard>
{
    public DashboardType()
    {
        Name = "Dashboard";
        Description = "The counts a dashboard shows: institutions, networks, the feedback funnel, closed loops and gaps.";
        Field<NonNullGraphType<IntGraphType>>("institutions").Resolve(c => c.Source.Institutions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType<GovernanceLevel>>>>>("institutionsByLevel").Resolve(c => c.Source.InstitutionsByLevel);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType<ActorKind>>>>>("institutionsByKind").Resolve(c => c.Source.InstitutionsByKind);
        Field<NonNullGraphType<IntGraphType>>("networks").Resolve(c => c.Source.Networks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType<NetworkKind>>>>>("networksByKind").Resolve(c => c.Source.NetworksByKind);
        Field<NonNullGraphType<IntGraphType>>("feedbackItems").Resolve(c => c.Source.FeedbackItems);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType<FeedbackStatus>>>>>("feedbackByStatus")
            .Description("The feedback funnel, in lifecycle order.")
            .Resolve(c => c.Source.FeedbackByStatus);
        Field<FloatGraphType>("medianDaysToResolution").Resolve(c => c.Source.MedianDaysToResolution);
        Field<FloatGraphType>("closedLoopShare")
            .Description("The share of feedback items resolved and reported back, from 0 to 1; null when there are none.")
            .Resolve(c => c.Source.ClosedLoopShare);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType<Severity>>>>>("gapsBySeverity").Resolve(c => c.Source.GapsBySeverity);
    }
}

/// <summary>A count per value of an enumeration: <c>GovernanceLevelCount { key count }</c>.</summary>
public sealed class CountType<TKey> : ObjectGraphType<Count<TKey>>
    where TKey : struct, Enum
{
    public CountType()
    {
        Name = $"{typeof(TKey).Name}Count";
        Field<NonNullGraphType<EnumerationGraphType<TKey>>>("key").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Value);
    }
}
