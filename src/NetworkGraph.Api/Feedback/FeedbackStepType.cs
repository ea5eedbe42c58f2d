using GraphQL.Types;
using NetworkGraph.Api.GraphQL.Common;
using NetworkGraph.Api.Institutions;
using NetworkGraph.Api.Meetings;
using NetworkGraph.Api.Networks;
using NetworkGraph.Api.PolicyChanges;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.Feedback;

/// <summary>One dated step of a feedback item's history, pointing to what it reached.</summary>
public abstract class FeedbackStepType<TTargetType> : ObjectGraphType<RelationshipRecord>
    where TTargetType : IGraphType
{
    protected FeedbackStepType(string name, string description, string targetField)
    {
        Name = name;
        Description = description;
        this.EdgeInstant("at");
        Field<StringGraphType>("note").Resolve(c => c.Source.GetString("note"));
        this.End<FeedbackItemType>("item", from: true);
        this.End<TTargetType>(targetField, from: false);
        this.EdgeSources();
    }
}

public sealed class DiscussionType() : FeedbackStepType<MeetingType>("Discussion", "The item was discussed at a meeting.", "meeting");

public sealed class EscalationType() : FeedbackStepType<NetworkType>("Escalation", "The item was escalated to a network.", "network");

public sealed class ResolutionType() : FeedbackStepType<PolicyChangeType>("Resolution", "The item resulted in a policy change.", "policyChange");

public sealed class ReportBackType() : FeedbackStepType<InstitutionType>("ReportBack", "The outcome was reported back to an institution.", "institution");
