using NetworkGraph.Api.Feedback;
using NetworkGraph.Api.Institutions;
using NetworkGraph.Api.Meetings;
using NetworkGraph.Api.Networks;
using NetworkGraph.Api.PolicyChanges;
using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

public sealed class TraceStepType : ObjectGraphType<TraceStep>
{
    public TraceStepType()
    {
        Name = "TraceStep";
        Description = "One step of a feedback item's history.";
        Field<NonNullGraphType<EnumerationGraphType<TraceStepKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateTimeGraphType>>("at").Resolve(c => c.Source.At.UtcDateTime);
        Field<EnumerationGraphType<GovernanceLevel>>("level").Description("The governance level the step took place at.").Resolve(c => c.Source.Level);
        Field<InstitutionType>("actor").AnalysedNode(source => source.ActorId);
        Field<MeetingType>("meeting").AnalysedNode(source => source.MeetingId);
        Field<NetworkType>("network").AnalysedNode(source => source.NetworkId);
        Field<PolicyChangeType>("policyChange").AnalysedNode(source => source.PolicyChangeId);
        Field<StringGraphType>("note").Resolve(c => c.Source.Note);
    }
}

public sealed class FeedbackTraceType : ObjectGraphType<FeedbackTrace>
{
    public FeedbackTraceType()
    {
        Name = "FeedbackTrace";
        Description = "How a feedback item travelled from the grassroots towards a policy change.";
        Field<NonNullGraphType<FeedbackItemType>>("item").AnalysedNode(source => source.ItemId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TraceStepType>>>>("steps").Description("In time order.").Resolve(c => c.Source.Steps);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<GovernanceLevel>>>>>("levelsTraversed")
            .Description("The governance levels the item passed through, in order.")
            .Resolve(c => c.Source.LevelsTraversed);
        Field<FloatGraphType>("daysToResolution").Description("Days from submission to resolution; null while unresolved.").Resolve(c => c.Source.DaysToResolution);
        Field<NonNullGraphType<BooleanGraphType>>("loopClosed").Description("Resolved and reported back to the grassroots.").Resolve(c => c.Source.LoopClosed);
        Field<NonNullGraphType<BooleanGraphType>>("illustrative")
            .Description("True when the item is demo data, not a sourced fact.")
            .Answer((c, analysis) => analysis.Node(c.Source.ItemId)?.GetBool("illustrative") ?? false);
    }
}
