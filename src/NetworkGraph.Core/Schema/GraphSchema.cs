using NetworkGraph.Core.Names;
using static NetworkGraph.Core.Schema.PropertySpec;

namespace NetworkGraph.Core.Schema;

/// <summary>
/// The graph model of docs/architecture.md §2 as data: which properties each label carries and which labels each
/// relationship type joins. Seeds, imports and writes are checked against it, and the GraphQL types, inputs and
/// filters are derived from it.
/// </summary>
public static class GraphSchema
{
    /// <summary>Allowed on every node: marks demo data that is not a sourced fact.</summary>
    public static readonly PropertySpec Illustrative = Of("illustrative", PropertyKind.Boolean, required: false);

    public static readonly IReadOnlyDictionary<NodeLabel, IReadOnlyList<PropertySpec>> Nodes =
        new Dictionary<NodeLabel, IReadOnlyList<PropertySpec>>
        {
            [NodeLabel.Institution] =
            [
                Text("name"), Names(), Text("acronym", required: false, maxLength: 40), Enum<ActorKind>("kind"), Enum<GovernanceLevel>("level"),
                LongText("description"), Of("website", PropertyKind.Url, required: false),
            ],
            [NodeLabel.Network] =
            [
                Text("name"), Names(), Text("acronym", required: false, maxLength: 40), Enum<NetworkKind>("kind"), Enum<GovernanceLevel>("level"),
                Enum<Cadence>("cadence", description: "How often it meets."), Enum<Formality>("formality"), LongText("description"),
            ],
            [NodeLabel.Meeting] = [Text("title"), Of("date", PropertyKind.Date), LongText("summary")],
            [NodeLabel.Theme] =
            [
                Text("name"), Names(), LongText("description"),
                EnumList<GovernanceLevel>("expectedLevels", description: "The governance levels at which planners expect the theme to be covered."),
            ],
            [NodeLabel.Responsibility] =
            [
                Text("title"), Names(), Enum<ResponsibilityKind>("kind"), Enum<GovernanceLevel>("level"), LongText("description"),
            ],
            [NodeLabel.FeedbackItem] =
            [
                Text("title"), LongText("description"), Enum<FeedbackStatus>("status"),
                Of("submittedAt", PropertyKind.DateTime),
                Of("triagedAt", PropertyKind.DateTime, required: false), LongText("triageNote", required: false),
                Of("declinedAt", PropertyKind.DateTime, required: false), LongText("declineReason", required: false),
            ],
            [NodeLabel.PolicyChange] =
            [
                Text("title"), LongText("description"), Of("adoptedAt", PropertyKind.Date), Enum<GovernanceLevel>("level"),
            ],
            [NodeLabel.Territory] =
            [
                Text("name"), Names(), Enum<TerritoryKind>("kind"),
                Text("country", required: false, description: "The state it belongs to, where it belongs to one: Spain, Germany ..."),
                LongText("description"),
            ],
        };

    public static readonly IReadOnlyDictionary<RelationshipType, RelationshipSpec> Relationships =
        new Dictionary<RelationshipType, RelationshipSpec>
        {
            [RelationshipType.MemberOf] = new([NodeLabel.Institution], [NodeLabel.Network],
                [Enum<MembershipRole>("role"), Of("since", PropertyKind.Date, required: false), .. Dated()]),
            [RelationshipType.PartOf] = new([NodeLabel.Institution, NodeLabel.Network], [NodeLabel.Institution, NodeLabel.Network], Dated(),
                SameLabelAtBothEnds: true),
            [RelationshipType.Funds] = new([NodeLabel.Institution], [NodeLabel.Institution, NodeLabel.Network],
                [Text("programme", required: false), Of("since", PropertyKind.Date, required: false), .. Dated()]),
            [RelationshipType.RefersTo] = new([NodeLabel.Institution], [NodeLabel.Institution],
                [Of("theme", PropertyKind.NodeId, required: false), LongText("description", required: false), .. Dated()]),
            [RelationshipType.Holds] = new([NodeLabel.Institution], [NodeLabel.Responsibility], [Enum<HoldingRole>("role"), .. Dated()]),
            [RelationshipType.OnTheme] = new([NodeLabel.Responsibility], [NodeLabel.Theme], []),
            [RelationshipType.Covers] = new([NodeLabel.Network], [NodeLabel.Theme], Dated()),
            [RelationshipType.Of] = new([NodeLabel.Meeting], [NodeLabel.Network], []),
            [RelationshipType.Attended] = new([NodeLabel.Institution], [NodeLabel.Meeting], []),
            [RelationshipType.Raised] = new([NodeLabel.Institution], [NodeLabel.FeedbackItem], [Of("at", PropertyKind.DateTime)]),
            [RelationshipType.About] = new([NodeLabel.FeedbackItem], [NodeLabel.Theme], []),
            [RelationshipType.DiscussedAt] = new([NodeLabel.FeedbackItem], [NodeLabel.Meeting], AtAndNote()),
            [RelationshipType.EscalatedTo] = new([NodeLabel.FeedbackItem], [NodeLabel.Network], AtAndNote()),
            [RelationshipType.ResultedIn] = new([NodeLabel.FeedbackItem], [NodeLabel.PolicyChange], AtAndNote()),
            [RelationshipType.ReportedBackTo] = new([NodeLabel.FeedbackItem], [NodeLabel.Institution], AtAndNote()),
            [RelationshipType.Adopted] = new([NodeLabel.Institution], [NodeLabel.PolicyChange], [Of("at", PropertyKind.Date)]),
            [RelationshipType.Within] = new([NodeLabel.Territory], [NodeLabel.Territory], [], OnePerStart: true),
            [RelationshipType.LocatedIn] = new([NodeLabel.Institution], [NodeLabel.Territory], Dated(), OnePerStart: true),
        };

    /// <summary>The relationship types that can start and end: they carry <see cref="Validity"/>'s two dates.</summary>
    public static bool IsDated(RelationshipType type) => Relationships[type].Properties.Any(spec => spec.Name == Validity.From);

    private static PropertySpec[] Dated() =>
    [
        new(Validity.From, PropertyKind.Date, Required: false, Description: "The first day the link holds (inclusive); it has always held when null."),
        new(Validity.To, PropertyKind.Date, Required: false, Description: "The day the link stops holding (exclusive); it still holds when null."),
    ];

    /// <summary>The labels whose nodes have names per language besides their default name (or title).</summary>
    public static bool IsNamedPerLanguage(NodeLabel label) => _namedPerLanguage.Contains(label);

    // Asked for every node a request names and every row an import reads: worked out once from the model.
    private static readonly HashSet<NodeLabel> _namedPerLanguage =
        [.. Nodes.Where(node => node.Value.Any(spec => spec.Kind == PropertyKind.LocalizedNames)).Select(node => node.Key)];

    private static PropertySpec Names() => new(
        LocalizedNames.Property, PropertyKind.LocalizedNames, Required: false,
        Description: "Its names per language; the default name answers a language it has no name in.");

    private static PropertySpec[] AtAndNote() => [Of("at", PropertyKind.DateTime), LongText("note", required: false)];
}

/// <summary>
/// Which labels a relationship type joins and its properties. <c>OnePerStart</c>: a node starts at most one of them
/// (an institution is located in one territory, a territory lies within one other).
/// </summary>
public sealed record RelationshipSpec(
    IReadOnlyList<NodeLabel> From,
    IReadOnlyList<NodeLabel> To,
    IReadOnlyList<PropertySpec> Properties,
    bool SameLabelAtBothEnds = false,
    bool OnePerStart = false);
