using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Stores;

/// <summary>Nodes with the properties the model gives each label (GraphSchema), drawn from the Bilbao network.</summary>
public static class TestNodes
{
    public static readonly SourceRef Report = new(
        "Exchange visit to Bilbao, Basque Country, Spain (SFW report, 2025)", "https://example.org/sfw-bilbao-2025.pdf", "Good Practice 1");

    /// <summary>A source with neither url nor locator, as the report's unpublished annexes are cited.</summary>
    public static readonly SourceRef Annex = new("Exchange visit annex: site notes", null, null);

    public static NodeRecord Institution(
        string id,
        string name,
        string? acronym = null,
        ActorKind kind = ActorKind.PublicService,
        GovernanceLevel level = GovernanceLevel.Municipal) =>
        Node(id, NodeLabel.Institution, new()
        {
            ["name"] = name,
            ["acronym"] = acronym,
            ["kind"] = ConstantCase.ToText(kind),
            ["level"] = ConstantCase.ToText(level),
            ["description"] = $"{name}, an actor of the Bilbao reception network.",
        });

    public static NodeRecord Network(string id, string name, NetworkKind kind = NetworkKind.CoordinationTable, GovernanceLevel level = GovernanceLevel.Regional) =>
        Node(id, NodeLabel.Network, new()
        {
            ["name"] = name,
            ["kind"] = ConstantCase.ToText(kind),
            ["level"] = ConstantCase.ToText(level),
            ["cadence"] = ConstantCase.ToText(Cadence.Quarterly),
            ["formality"] = ConstantCase.ToText(Formality.Institutionalised),
            ["description"] = $"{name} coordinates the actors of its level.",
        });

    public static NodeRecord Meeting(string id, string title, string date = "2025-10-01") =>
        Node(id, NodeLabel.Meeting, new()
        {
            ["title"] = title,
            ["date"] = date,
            ["summary"] = "Partners reviewed the reception pathway and the waiting times for appointments.",
        });

    public static NodeRecord Theme(string id, string name, params GovernanceLevel[] expectedLevels) =>
        Node(id, NodeLabel.Theme, new()
        {
            ["name"] = name,
            ["description"] = $"{name} for newcomers in Bizkaia.",
            ["expectedLevels"] = expectedLevels.Select(level => ConstantCase.ToText(level)).ToArray(),
        });

    public static NodeRecord Responsibility(string id, string title, ResponsibilityKind kind = ResponsibilityKind.ServiceDelivery) =>
        Node(id, NodeLabel.Responsibility, new()
        {
            ["title"] = title,
            ["kind"] = ConstantCase.ToText(kind),
            ["level"] = ConstantCase.ToText(GovernanceLevel.Regional),
            ["description"] = $"{title}, as assigned by the Basque Government.",
        });

    public static NodeRecord FeedbackItem(string id, string title, FeedbackStatus status = FeedbackStatus.Submitted) =>
        Node(id, NodeLabel.FeedbackItem, new()
        {
            ["title"] = title,
            ["description"] = "Associations report that online appointments take more than two months.",
            ["status"] = ConstantCase.ToText(status),
            ["submittedAt"] = "2025-10-01T09:30:00Z",
            ["illustrative"] = true,
        });

    public static NodeRecord PolicyChange(string id, string title) =>
        Node(id, NodeLabel.PolicyChange, new()
        {
            ["title"] = title,
            ["description"] = "Walk-in hours added to the municipal social emergency service.",
            ["adoptedAt"] = "2025-12-04",
            ["level"] = ConstantCase.ToText(GovernanceLevel.Municipal),
            ["illustrative"] = true,
        });

    public static NodeRecord Territory(string id, string name, TerritoryKind kind = TerritoryKind.Municipality) =>
        Node(id, NodeLabel.Territory, new()
        {
            ["name"] = name,
            ["kind"] = ConstantCase.ToText(kind),
            ["country"] = "Spain",
            ["description"] = "The municipality where the exchange visit took place.",
        });

    /// <summary>A valid node of any label, for tests that range over every label.</summary>
    public static NodeRecord OfLabel(NodeLabel label, string id) => label switch
    {
        NodeLabel.Institution => Institution(id, "Harreragune", "HRG"),
        NodeLabel.Network => Network(id, "Aholku Sarea", NetworkKind.NetworkOfNetworks),
        NodeLabel.Meeting => Meeting(id, "Harreragune partners' table"),
        NodeLabel.Theme => Theme(id, "Legal advice on immigration law", GovernanceLevel.Regional, GovernanceLevel.National),
        NodeLabel.Responsibility => Responsibility(id, "Reception of newcomers"),
        NodeLabel.FeedbackItem => FeedbackItem(id, "Appointment waiting times at SMUS"),
        NodeLabel.PolicyChange => PolicyChange(id, "Walk-in hours at SMUS"),
        NodeLabel.Territory => Territory(id, "Bilbao"),
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "no test node for this label"),
    };

    /// <summary>A relationship with the properties the model gives its type.</summary>
    public static RelationshipRecord Relationship(RelationshipType type, string fromId, string toId) => new()
    {
        Type = type,
        FromId = fromId,
        ToId = toId,
        Properties = RelationshipProperties(type),
        Sources = [Report with { Locator = "Coordination" }],
    };

    private static Dictionary<string, object?> RelationshipProperties(RelationshipType type) => type switch
    {
        RelationshipType.MemberOf => new() { ["role"] = ConstantCase.ToText(MembershipRole.Member), ["since"] = "2024-11-18" },
        RelationshipType.Funds => new() { ["programme"] = "Harreragune pilot", ["since"] = "2024-11-18" },
        // Dated, but holding today: the stores keep the dates as any property, and the analyses count the link.
        RelationshipType.RefersTo => new()
        {
            ["theme"] = "reception",
            ["description"] = "Newcomers without padrón are referred on.",
            [Validity.From] = "2020-01-01",
            [Validity.To] = "2100-01-01",
        },
        RelationshipType.Covers => new() { [Validity.From] = "2023-05-09" },
        RelationshipType.Holds => new() { ["role"] = ConstantCase.ToText(HoldingRole.Lead) },
        RelationshipType.Raised => new() { ["at"] = "2025-10-01T09:30:00Z" },
        RelationshipType.Adopted => new() { ["at"] = "2025-12-04" },
        RelationshipType.DiscussedAt or RelationshipType.EscalatedTo or RelationshipType.ResultedIn or RelationshipType.ReportedBackTo =>
            new() { ["at"] = "2025-10-15T10:00:00Z", ["note"] = "Raised again by Zehar-Errefuxiatuekin." },
        _ => new(),
    };

    private static NodeRecord Node(string id, NodeLabel label, Dictionary<string, object?> properties) => new()
    {
        Id = id,
        Label = label,
        // Optional properties left out rather than stored as null: the model has no null values.
        Properties = properties.Where(property => property.Value is not null).ToDictionary(),
        Sources = [Report, Annex],
    };
}
