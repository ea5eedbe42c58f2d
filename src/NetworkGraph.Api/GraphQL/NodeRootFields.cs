using GraphQL.Builders;
using NetworkGraph.Api.Feedback;
using NetworkGraph.Api.Institutions;
using NetworkGraph.Api.Meetings;
using NetworkGraph.Api.Networks;
using NetworkGraph.Api.PolicyChanges;
using NetworkGraph.Api.Responsibilities;
using NetworkGraph.Api.Territories;
using NetworkGraph.Api.Themes;

namespace NetworkGraph.Api.GraphQL;

/// <summary>Each label's two root fields: one node by id, and a filtered connection. The schema lists every lookup first.</summary>
public static class NodeRootFields
{
    private static readonly LabelFields[] _labels =
    [
        Fields<InstitutionType>("institution", "institutions"),
        Fields<NetworkType>("network", "networks"),
        Fields<MeetingType>("meeting", "meetings"),
        Fields<ThemeType>("theme", "themes"),
        Fields<ResponsibilityType>("responsibility", "responsibilities"),
        Fields<FeedbackItemType>("feedbackItem", "feedbackItems", Access.FeedbackReaders),
        Fields<PolicyChangeType>("policyChange", "policyChanges"),
        Fields<TerritoryType>("territory", "territories"),
    ];

    public static void AddNodeRootFields(this ObjectGraphType query)
    {
        foreach (var label in _labels)
        {
            label.ById(query);
        }
        foreach (var label in _labels)
        {
            label.List(query);
        }
    }

    private static LabelFields Fields<TNodeType>(string one, string many, Access? access = null)
        where TNodeType : IGraphType, IListedNodeType =>
        new(query => Restrict(query.ById<TNodeType>(one), access), query => Restrict(query.List<TNodeType>(many), access));

    private static void Restrict(FieldBuilder<object?, object> field, Access? access)
    {
        if (access is not null)
        {
            field.Requires(access);
        }
    }

    private sealed record LabelFields(Action<ObjectGraphType> ById, Action<ObjectGraphType> List);
}
