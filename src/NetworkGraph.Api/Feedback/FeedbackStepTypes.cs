using NetworkGraph.Api.Institutions;
using NetworkGraph.Api.Meetings;
using NetworkGraph.Api.Networks;
using NetworkGraph.Api.PolicyChanges;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Feedback;

// The dated steps of a feedback item's history, each pointing to what it reached.

public sealed class DiscussionType() : EdgeType<FeedbackItemType, MeetingType>(
    DiscussedAt, "Discussion", "The item was discussed at a meeting.", ("item", "meeting"));

public sealed class EscalationType() : EdgeType<FeedbackItemType, NetworkType>(
    EscalatedTo, "Escalation", "The item was escalated to a network.", ("item", "network"));

public sealed class ResolutionType() : EdgeType<FeedbackItemType, PolicyChangeType>(
    ResultedIn, "Resolution", "The item resulted in a policy change.", ("item", "policyChange"));

public sealed class ReportBackType() : EdgeType<FeedbackItemType, InstitutionType>(
    ReportedBackTo, "ReportBack", "The outcome was reported back to an institution.", ("item", "institution"));
