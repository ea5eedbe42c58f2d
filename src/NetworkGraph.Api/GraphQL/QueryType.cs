using GraphQL.Types;
using NetworkGraph.Api.Analysis;
using NetworkGraph.Api.Audit;
using NetworkGraph.Api.Auth;
using NetworkGraph.Api.Feedback;
using NetworkGraph.Api.GraphQL.Common;
using NetworkGraph.Api.GraphQL.Filtering;
using NetworkGraph.Api.Institutions;
using NetworkGraph.Api.Meetings;
using NetworkGraph.Api.Networks;
using NetworkGraph.Api.PolicyChanges;
using NetworkGraph.Api.Responsibilities;
using NetworkGraph.Api.Search;
using NetworkGraph.Api.Themes;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.GraphQL;

public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        this.AddNodeLookups();

        this.ById<InstitutionType>("institution", NodeLabel.Institution);
        this.ById<NetworkType>("network", NodeLabel.Network);
        this.ById<MeetingType>("meeting", NodeLabel.Meeting);
        this.ById<ThemeType>("theme", NodeLabel.Theme);
        this.ById<ResponsibilityType>("responsibility", NodeLabel.Responsibility);
        this.ById<FeedbackItemType>("feedbackItem", NodeLabel.FeedbackItem).Requires(Access.FeedbackReaders);
        this.ById<PolicyChangeType>("policyChange", NodeLabel.PolicyChange);

        this.List<InstitutionType, InstitutionWhereInputType>("institutions", InstitutionWhereInputType.Filter);
        this.List<NetworkType, NetworkWhereInputType>("networks", NetworkWhereInputType.Filter);
        this.List<MeetingType, MeetingWhereInputType>("meetings", MeetingWhereInputType.Filter);
        this.List<ThemeType, ThemeWhereInputType>("themes", ThemeWhereInputType.Filter);
        this.List<ResponsibilityType, ResponsibilityWhereInputType>("responsibilities", ResponsibilityWhereInputType.Filter);
        this.List<FeedbackItemType, FeedbackItemWhereInputType>("feedbackItems", FeedbackItemWhereInputType.Filter).Requires(Access.FeedbackReaders);
        this.List<PolicyChangeType, PolicyChangeWhereInputType>("policyChanges", PolicyChangeWhereInputType.Filter);

        this.AddSearch();
        this.AddAuditQueries();
        this.AddAnalysisQueries();
    }
}
