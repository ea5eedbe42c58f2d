using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

/// <summary>
/// The <c>brokers</c> question. Over the whole graph and every kind of link it answers from the ranking the builder
/// publishes (never computed on the request path; <c>analysis.betweenness</c> says which version it reflects and how
/// it was obtained). Restricted to some kinds of link or to a territory, it answers from the newest ranking kept for
/// that scope (<see cref="RestrictedRankings"/>), ranked on the request path only the first time a scope is asked.
/// </summary>
public static class BrokersField
{
    private static readonly int _linkKinds = Enum.GetValues<LinkKind>().Length;

    public static void AddBrokers(this ObjectGraphType query, string viaDescription, string territoryDescription) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BrokerScoreType>>>>("brokers")
            .Description("The institutions that broker most between others (betweenness), with degree, cross-level partners and single points of failure.")
            .Argument<IntGraphType>("top", "1 to 100.", a => a.DefaultValue = 10)
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<LinkKind>>>>("via", viaDescription)
            .Argument<IdGraphType>("territory", territoryDescription)
            .MinVersionArgument()
            .AsOfArgument()
            .Resolve()
            .WithService<RequestAnalysis>()
            .ResolveAsync(async (c, analysis) =>
            {
                var top = c.GetArgument("top", 10);
                AnalysisLimits.EnsureInRange("top", top, AnalysisLimits.MinBrokers, AnalysisLimits.MaxBrokers);
                var (via, territory) = (c.Via(), c.Territory());
                if (territory is null && (via is null || via.Count == 0 || via.Distinct().Count() == _linkKinds))
                {
                    var published = await analysis.GetBrokersAsync(c.MinVersion(), c.AsOf() ?? analysis.Today, c.CancellationToken);
                    return published.Ranking.Scores.Take(top).Select(score => new RankedBroker(score, published.Institutions[score.InstitutionId])).ToList();
                }
                var restricted = await analysis.GetRestrictedBrokersAsync(new BrokerScope(via, territory), c.MinVersion(), c.AsOf(), c.CancellationToken);
                return restricted.Ranking.Scores.Take(top).Select(score => new RankedBroker(score, restricted.Institutions[score.InstitutionId])).ToList();
            });
}
