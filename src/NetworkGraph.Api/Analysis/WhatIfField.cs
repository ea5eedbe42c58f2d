using NetworkGraph.Api.Feedback;
using NetworkGraph.Api.Institutions;
using NetworkGraph.Api.Limits;
using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

/// <summary>The <c>whatIf</c> question: what removing some institutions or networks would break. Nothing is written.</summary>
public static class WhatIfField
{
    public static void AddWhatIf(this ObjectGraphType query, string viaDescription, string territoryDescription) =>
        query.Field<NonNullGraphType<WhatIfResultType>>("whatIf")
            .Description("What would break if these institutions or networks (1 to 20) went: a network that closes takes its shared-network links with it. Nothing is written.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("remove", "Institution and network ids, 1 to 20.")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<LinkKind>>>>("via", viaDescription)
            .Argument<IdGraphType>("territory", territoryDescription)
            .MinVersionArgument()
            .AsOfArgument()
            .WithComplexityImpact(ComplexityLimitRule.ComputedForTheRequest)
            .Answer((c, analysis) =>
            {
                var remove = c.GetArgument<List<string>>("remove").Select(id => RootFields.ValidId(id, "remove")).ToList();
                var via = c.Via();
                return new WhatIfAnswer(analysis.Scoped(c.Territory()).WhatIf(remove, via), via);
            });
}

/// <summary>A what-if result with the kinds of link it was asked over (the brokers after are ranked over the same).</summary>
public sealed record WhatIfAnswer(WhatIfResult Result, IReadOnlyCollection<LinkKind>? Via);

public sealed class WhatIfResultType : ObjectGraphType<WhatIfAnswer>
{
    public WhatIfResultType()
    {
        Name = "WhatIfResult";
        Description = "What removing some institutions or networks would break, against the graph as it is.";
        Field<NonNullGraphType<IntGraphType>>("lostPairs")
            .Description("Pairs of remaining institutions linked by some path before and by none after.")
            .Resolve(c => AnalysisLimits.AsApiCount(c.Source.Result.LostPairs, "The number of pairs cut apart"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InstitutionType>>>>("isolated")
            .Description("Remaining institutions that had a link before and have none after.")
            .Resolve(c => c.Source.Result.IsolatedIds.Select(id => c.Source.Result.After.Node(id)!).ToList());
        Field<NonNullGraphType<IntGraphType>>("componentsBefore")
            .Description("Connected groups of institutions before (an institution without links is a group of its own).")
            .Resolve(c => c.Source.Result.ComponentsBefore);
        Field<NonNullGraphType<IntGraphType>>("componentsAfter").Description("The same, after the removal.").Resolve(c => c.Source.Result.ComponentsAfter);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageGapType>>>>("newGaps")
            .Description("Coverage gaps that exist only after the removal.")
            .Resolve(c => c.Source.Result.NewGaps);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphPathType>>>>("cutPathways")
            .Description("Referral pathways cut: a chain from one institution through a removed one to another, when no referral route between the two is left.")
            .Resolve(c => c.Source.Result.CutPathways);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeedbackItemType>>>>("strandedFeedback")
            .Description("Open feedback items whose raising organisation loses every path to the institutions that hold a responsibility on the item's theme.")
            .Requires(Access.FeedbackReaders)
            .Resolve()
            .WithService<Viewer>()
            .ResolveAsync(async (c, viewer) =>
            {
                var visible = new List<NodeRecord>();
                foreach (var id in c.Source.Result.StrandedFeedbackIds)
                {
                    if (await viewer.CanSeeFeedbackAsync(id, c.CancellationToken))
                    {
                        visible.Add(c.Source.Result.After.Node(id)!);
                    }
                }
                return visible;
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BrokerScoreType>>>>("brokersAfter")
            .Description("The brokers of the graph after the removal (betweenness as in 'brokers'; ranked for this question).")
            .Argument<IntGraphType>("top", "1 to 100.", a => a.DefaultValue = 10)
            .WithComplexityImpact(ComplexityLimitRule.ComputedForTheRequest)
            .Resolve(c =>
            {
                var after = c.Source.Result.After;
                return after.Brokers(c.GetArgument("top", 10), c.Source.Via).Select(score => new RankedBroker(score, after.Node(score.InstitutionId)!)).ToList();
            });
    }
}
