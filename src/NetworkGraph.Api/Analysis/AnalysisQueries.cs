using NetworkGraph.Api.Territories;
using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

/// <summary>The graph questions of docs/architecture.md §3 as root fields; the answers come from Core's analysis.</summary>
public static class AnalysisQueries
{
    private const string ViaDescription = "The kinds of link to follow; all kinds when omitted.";

    private const string TerritoryDescription =
        "Only the institutions acting on this territory: located in it, in a territory within it, or in one that contains it.";

    public static void AddAnalysisQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoordinationLinkType>>>>("coordination")
            .Description("Every institution within 'depth' coordination links (1 to 4), nearest first, with the evidence of each hop.")
            .Argument<NonNullGraphType<IdGraphType>>("institutionId")
            .Argument<IntGraphType>("depth", "1 to 4.", a => a.DefaultValue = 1)
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<LinkKind>>>>("via", ViaDescription)
            .Argument<IdGraphType>("territory", TerritoryDescription)
            .MinVersionArgument()
            .AsOfArgument()
            .Answer((c, analysis) => analysis.Scoped(c.Territory()).Coordination(
                RootFields.ValidId(c.GetArgument<string>("institutionId"), "institutionId"), c.GetArgument("depth", 1), c.Via()));

        query.Field<GraphPathType>("path")
            .Description("One shortest chain of coordination links between two institutions, or null when none is within maxDepth.")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<LinkKind>>>>("via", ViaDescription)
            .Argument<IntGraphType>("maxDepth", "1 to 10.", a => a.DefaultValue = 6)
            .Argument<IdGraphType>("territory", TerritoryDescription)
            .MinVersionArgument()
            .AsOfArgument()
            .Answer((c, analysis) => analysis.Scoped(c.Territory()).Path(
                RootFields.ValidId(c.GetArgument<string>("from"), "from"),
                RootFields.ValidId(c.GetArgument<string>("to"), "to"),
                c.Via(),
                c.GetArgument("maxDepth", 6)));

        query.Field<NonNullGraphType<CoordinationMatrixType>>("coordinationMatrix")
            .Description("Coordination links by pair of governance levels, with the E-I index of vertical integration.")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<LinkKind>>>>("via", ViaDescription)
            .Argument<IdGraphType>("territory", TerritoryDescription)
            .MinVersionArgument()
            .AsOfArgument()
            .Answer((c, analysis) => analysis.Scoped(c.Territory()).CoordinationMatrix(c.Via()));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageGapType>>>>("coverageGaps")
            .Description("Where a governance level leaves a theme uncovered, most severe first.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("themes", "Only these themes; all when omitted.")
            .Argument<ListGraphType<NonNullGraphType<EnumerationGraphType<GovernanceLevel>>>>("levels", "Only gaps at these levels; all when omitted.")
            .Argument<EnumerationGraphType<Severity>>("minSeverity")
            .Argument<IdGraphType>("territory", TerritoryDescription)
            .MinVersionArgument()
            .AsOfArgument()
            .Answer((c, analysis) => analysis.Scoped(c.Territory()).CoverageGaps(
                c.GetArgument<List<string>?>("themes")?.Select(id => RootFields.ValidId(id, "themes")).ToList(),
                c.GetArgument<List<GovernanceLevel>?>("levels"),
                c.GetArgument<Severity?>("minSeverity")));

        query.Field<FeedbackTraceType>("feedbackTrace")
            .Description("The history of a feedback item in time order, the levels it crossed, and whether its loop is closed.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .MinVersionArgument()
            .AsOfArgument()
            .Requires(Access.FeedbackReaders)
            .Resolve()
            .WithServices<Viewer, RequestAnalysis>()
            .ResolveAsync(async (c, viewer, analysis) =>
            {
                var id = RootFields.ValidId(c.GetArgument<string>("id"), "id");
                // An item the viewer may not see is answered exactly like one that does not exist.
                return await viewer.CanSeeFeedbackAsync(id, c.CancellationToken)
                    ? (await analysis.GetAsync(c.MinVersion(), c.AsOf(), c.CancellationToken)).FeedbackTrace(id)
                    : throw UserError.NotFound($"No feedback item has the id '{id}'.");
            });

        query.AddBrokers(ViaDescription, TerritoryDescription);
        query.AddBrokerageRoles(ViaDescription, TerritoryDescription);
        query.AddWhatIf(ViaDescription, TerritoryDescription);
        query.AddChanges(TerritoryDescription);

        query.Field<NonNullGraphType<DashboardType>>("dashboard")
            .Description("Counts by level and kind, the feedback funnel, closed loops and gaps by severity.")
            .Argument<IdGraphType>("territory", TerritoryDescription)
            .MinVersionArgument()
            .AsOfArgument()
            .Answer((c, analysis) => analysis.Scoped(c.Territory()).Dashboard());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TerritoryProfileType>>>>("compareTerritories")
            .Description("One profile per territory (1 to 10), in the order asked, each computed on that territory's scope, for comparing them side by side.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .MinVersionArgument()
            .AsOfArgument()
            .Answer((c, analysis) => analysis.CompareTerritories(
                [.. c.GetArgument<List<string>>("ids").Select(id => RootFields.ValidId(id, "ids")).Distinct(StringComparer.Ordinal)]));
    }
}
