using NetworkGraph.Api.Institutions;
using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

/// <summary>The <c>brokerageRoles</c> question: who brokers between governance levels, and in which role.</summary>
public static class BrokerageRolesField
{
    public static void AddBrokerageRoles(this ObjectGraphType query, string viaDescription, string territoryDescription) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BrokerageRolesType>>>>("brokerageRoles")
            .Description(
                "Brokerage roles between governance levels (Gould & Fernandez): for each institution, how many open two-paths a -> it -> b "
                + "it brokers as coordinator, itinerant, representative, gatekeeper or liaison, with z-scores. Referrals run from the referrer, "
                + "funding from the funder, part-of from the part to the whole; shared networks and meetings both ways.")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<LinkKind>>>>("via", viaDescription)
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("ids", "These institutions (at most 100), in this order; the top ones by total when omitted.")
            .Argument<IntGraphType>("top", "1 to 100; ignored with 'ids'.", a => a.DefaultValue = 10)
            .Argument<IdGraphType>("territory", territoryDescription)
            .MinVersionArgument()
            .AsOfArgument()
            .Answer((c, analysis) =>
            {
                var scoped = analysis.Scoped(c.Territory());
                var ids = c.GetArgument<List<string>?>("ids")?.Select(id => RootFields.ValidId(id, "ids")).ToList();
                return scoped.BrokerageRoles(ids, c.GetArgument("top", 10), c.Via())
                    .Select(score => new RankedBrokerageRoles(score, scoped.Node(score.InstitutionId)!))
                    .ToList();
            });
}

/// <summary>An institution's brokerage roles with its node, as of the analysis they were counted on.</summary>
public sealed record RankedBrokerageRoles(BrokerageRoleScore Score, NodeRecord Institution);

public sealed class BrokerageRolesType : ObjectGraphType<RankedBrokerageRoles>
{
    public BrokerageRolesType()
    {
        Name = "BrokerageRoles";
        Description = "How often an institution brokers between two others who have no direct link, by the governance levels of the three.";
        Field<NonNullGraphType<InstitutionType>>("institution").Resolve(c => c.Source.Institution);
        Field<NonNullGraphType<IntGraphType>>("coordinator").Description("All three at the same level.").Resolve(c => c.Source.Score.Coordinator);
        Field<NonNullGraphType<IntGraphType>>("itinerant").Description("The two others at one level, the broker at another (consultant).").Resolve(c => c.Source.Score.Itinerant);
        Field<NonNullGraphType<IntGraphType>>("representative").Description("The sender at the broker's level, the receiver at another.").Resolve(c => c.Source.Score.Representative);
        Field<NonNullGraphType<IntGraphType>>("gatekeeper").Description("The sender at another level, the receiver at the broker's.").Resolve(c => c.Source.Score.Gatekeeper);
        Field<NonNullGraphType<IntGraphType>>("liaison").Description("All three at different levels.").Resolve(c => c.Source.Score.Liaison);
        Field<NonNullGraphType<IntGraphType>>("total").Resolve(c => c.Source.Score.Total);
        Field<NonNullGraphType<BrokerageZScoresType>>("zScores").Resolve(c => c.Source.Score.ZScores);
    }
}

public sealed class BrokerageZScoresType : ObjectGraphType<BrokerageZScores>
{
    public BrokerageZScoresType()
    {
        Name = "BrokerageZScores";
        Description = "Each count against a random graph of the same density and level sizes (the null model of R's sna::brokerage); null where a level is too small for the role.";
        Field<FloatGraphType>("coordinator").Resolve(c => c.Source.Coordinator);
        Field<FloatGraphType>("itinerant").Resolve(c => c.Source.Itinerant);
        Field<FloatGraphType>("representative").Resolve(c => c.Source.Representative);
        Field<FloatGraphType>("gatekeeper").Resolve(c => c.Source.Gatekeeper);
        Field<FloatGraphType>("liaison").Resolve(c => c.Source.Liaison);
        Field<FloatGraphType>("total").Resolve(c => c.Source.Total);
    }
}
