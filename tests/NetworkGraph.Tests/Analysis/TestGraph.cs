using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Analysis;

/// <summary>
/// Builds small snapshots for the analysis tests, without a store: each node gets the properties
/// the analyses read, and names derived from ids ("a" is named "A") so expected sentences stay short.
/// </summary>
public sealed class TestGraph
{
    private readonly List<NodeRecord> _nodes = [];
    private readonly List<RelationshipRecord> _relationships = [];

    public static string NameOf(string id) => id.ToUpperInvariant();

    public GraphAnalysis Analyse(DateOnly? asOf = null) => GraphAnalysis.Build(Snapshot(), asOf: asOf);

    /// <summary>Dates the relationship added last: it holds from <paramref name="validFrom"/> until the day before <paramref name="validTo"/>.</summary>
    public TestGraph Dated(string? validFrom, string? validTo)
    {
        var last = _relationships[^1];
        var properties = new Dictionary<string, object?>(last.Properties) { [Validity.From] = validFrom, [Validity.To] = validTo };
        _relationships[^1] = last with { Properties = properties.Where(p => p.Value is not null).ToDictionary() };
        return this;
    }

    public GraphSnapshot Snapshot(long version = 1) => new(version, [.. _nodes], [.. _relationships]);

    public TestGraph Institution(string id, GovernanceLevel level = GovernanceLevel.Municipal, ActorKind kind = ActorKind.Ngo) =>
        Node(id, NodeLabel.Institution, new() { ["name"] = NameOf(id), ["kind"] = Text(kind), ["level"] = Text(level) });

    /// <summary>Several municipal NGOs at once.</summary>
    public TestGraph Institutions(params string[] ids)
    {
        foreach (var id in ids)
        {
            Institution(id);
        }
        return this;
    }

    public TestGraph Network(string id, GovernanceLevel level = GovernanceLevel.Regional, NetworkKind kind = NetworkKind.CoordinationTable) =>
        Node(id, NodeLabel.Network, new() { ["name"] = NameOf(id), ["kind"] = Text(kind), ["level"] = Text(level) });

    public TestGraph Meeting(string id, string networkId, string date = "2025-05-20") =>
        Node(id, NodeLabel.Meeting, new() { ["title"] = NameOf(id), ["date"] = date })
            .Relationship(RelationshipType.Of, id, networkId);

    public TestGraph Theme(string id, params GovernanceLevel[] expectedLevels) =>
        Node(id, NodeLabel.Theme, new() { ["name"] = NameOf(id), ["expectedLevels"] = expectedLevels.Select(l => Text(l)).ToArray() });

    /// <summary>The institution holds a responsibility of its own on the theme.</summary>
    public TestGraph Holds(string institutionId, string themeId, HoldingRole role = HoldingRole.Lead)
    {
        var responsibility = $"{institutionId}-on-{themeId}";
        if (_nodes.All(node => node.Id != responsibility))
        {
            Node(responsibility, NodeLabel.Responsibility, new() { ["title"] = responsibility, ["kind"] = "SERVICE_DELIVERY", ["level"] = "MUNICIPAL" });
            Relationship(RelationshipType.OnTheme, responsibility, themeId);
        }
        return Relationship(RelationshipType.Holds, institutionId, responsibility, new() { ["role"] = Text(role) });
    }

    public TestGraph MemberOf(string institutionId, string networkId) =>
        Relationship(RelationshipType.MemberOf, institutionId, networkId, new() { ["role"] = "MEMBER" });

    public TestGraph Covers(string networkId, string themeId) => Relationship(RelationshipType.Covers, networkId, themeId);

    public TestGraph RefersTo(string fromId, string toId, string? themeId = null) =>
        Relationship(RelationshipType.RefersTo, fromId, toId, new() { ["theme"] = themeId });

    public TestGraph Funds(string fromId, string toId, string? programme = null) =>
        Relationship(RelationshipType.Funds, fromId, toId, new() { ["programme"] = programme });

    public TestGraph PartOf(string fromId, string toId) => Relationship(RelationshipType.PartOf, fromId, toId);

    /// <summary>A territory, within <paramref name="withinId"/> when given.</summary>
    public TestGraph Territory(string id, string? withinId = null, TerritoryKind kind = TerritoryKind.Municipality)
    {
        Node(id, NodeLabel.Territory, new() { ["name"] = NameOf(id), ["kind"] = Text(kind) });
        return withinId is null ? this : Relationship(RelationshipType.Within, id, withinId);
    }

    public TestGraph LocatedIn(string institutionId, string territoryId) => Relationship(RelationshipType.LocatedIn, institutionId, territoryId);

    public TestGraph Attended(string institutionId, string meetingId) => Relationship(RelationshipType.Attended, institutionId, meetingId);

    /// <summary>A path a - b - c ... joined by referrals in the order given.</summary>
    public TestGraph Chain(params string[] ids)
    {
        for (var i = 0; i + 1 < ids.Length; i++)
        {
            RefersTo(ids[i], ids[i + 1]);
        }
        return this;
    }

    public TestGraph FeedbackItem(string id, FeedbackStatus status, string submittedAt, Dictionary<string, object?>? more = null)
    {
        var properties = new Dictionary<string, object?> { ["title"] = NameOf(id), ["status"] = Text(status), ["submittedAt"] = submittedAt };
        foreach (var (key, value) in more ?? new Dictionary<string, object?>())
        {
            properties[key] = value;
        }
        return Node(id, NodeLabel.FeedbackItem, properties);
    }

    public TestGraph PolicyChange(string id, GovernanceLevel level, string adoptedAt = "2026-01-20") =>
        Node(id, NodeLabel.PolicyChange, new() { ["title"] = NameOf(id), ["level"] = Text(level), ["adoptedAt"] = adoptedAt });

    public TestGraph Raised(string institutionId, string itemId, string at) => Timed(RelationshipType.Raised, institutionId, itemId, at);

    public TestGraph DiscussedAt(string itemId, string meetingId, string at, string? note = null) =>
        Timed(RelationshipType.DiscussedAt, itemId, meetingId, at, note);

    public TestGraph EscalatedTo(string itemId, string networkId, string at, string? note = null) =>
        Timed(RelationshipType.EscalatedTo, itemId, networkId, at, note);

    public TestGraph ResultedIn(string itemId, string policyChangeId, string at) => Timed(RelationshipType.ResultedIn, itemId, policyChangeId, at);

    public TestGraph ReportedBackTo(string itemId, string institutionId, string at) =>
        Timed(RelationshipType.ReportedBackTo, itemId, institutionId, at);

    public TestGraph Adopted(string institutionId, string policyChangeId) =>
        Relationship(RelationshipType.Adopted, institutionId, policyChangeId, new() { ["at"] = "2026-01-20" });

    private TestGraph Timed(RelationshipType type, string fromId, string toId, string at, string? note = null) =>
        Relationship(type, fromId, toId, new() { ["at"] = at, ["note"] = note });

    private TestGraph Node(string id, NodeLabel label, Dictionary<string, object?> properties)
    {
        _nodes.Add(new NodeRecord { Id = id, Label = label, Properties = properties });
        return this;
    }

    public TestGraph About(string itemId, string themeId) => Relationship(RelationshipType.About, itemId, themeId);

    private TestGraph Relationship(RelationshipType type, string fromId, string toId, Dictionary<string, object?>? properties = null)
    {
        _relationships.Add(new RelationshipRecord
        {
            Type = type,
            FromId = fromId,
            ToId = toId,
            Properties = properties?.Where(p => p.Value is not null).ToDictionary() ?? PropertyValues.Empty,
        });
        return this;
    }

    private static string Text(Enum value) => ConstantCase.ToText(value);
}
