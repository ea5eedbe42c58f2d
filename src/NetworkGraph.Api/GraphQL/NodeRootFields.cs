using NetworkGraph.Api.Feedback;
using NetworkGraph.Api.Institutions;
using NetworkGraph.Api.Meetings;
using NetworkGraph.Api.Networks;
using NetworkGraph.Api.PolicyChanges;
using NetworkGraph.Api.Responsibilities;
using NetworkGraph.Api.Themes;

namespace NetworkGraph.Api.GraphQL;

/// <summary>Each label's two root fields: one node by id, then a filtered connection.</summary>
public static class NodeRootFields
{
    public static void AddNodeRootFields(this ObjectGraphType query)
    {
        query.ById<InstitutionType>("institution");
        query.ById<NetworkType>("network");
        query.ById<MeetingType>("meeting");
        query.ById<ThemeType>("theme");
        query.ById<ResponsibilityType>("responsibility");
        query.ById<FeedbackItemType>("feedbackItem").Requires(Access.FeedbackReaders);
        query.ById<PolicyChangeType>("policyChange");

        query.List<InstitutionType>("institutions");
        query.List<NetworkType>("networks");
        query.List<MeetingType>("meetings");
        query.List<ThemeType>("themes");
        query.List<ResponsibilityType>("responsibilities");
        query.List<FeedbackItemType>("feedbackItems").Requires(Access.FeedbackReaders);
        query.List<PolicyChangeType>("policyChanges");
    }
}
