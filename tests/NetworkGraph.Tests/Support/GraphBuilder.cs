using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Support;

/// <summary>Builds small valid graphs for tests, written in one batch.</summary>
public sealed class GraphBuilder
{
    private readonly List<GraphWrite> _writes = [];
    private static readonly SourceRef[] _testSource = [new("Test fixture", null, null)];

    public GraphBuilder Institution(string id, string name, GovernanceLevel level = GovernanceLevel.Municipal, ActorKind kind = ActorKind.Ngo)
    {
        _writes.Add(new CreateNode(new NodeRecord
        {
            Id = id,
            Label = NodeLabel.Institution,
            Properties = new Dictionary<string, object?>
            {
                ["name"] = name,
                ["kind"] = ConstantCase.ToText(kind),
                ["level"] = ConstantCase.ToText(level),
                ["description"] = "A test institution.",
            },
            Sources = _testSource,
        }));
        return this;
    }

    public GraphBuilder Network(string id, string name, GovernanceLevel level = GovernanceLevel.Municipal)
    {
        _writes.Add(new CreateNode(new NodeRecord
        {
            Id = id,
            Label = NodeLabel.Network,
            Properties = new Dictionary<string, object?>
            {
                ["name"] = name,
                ["kind"] = "COORDINATION_TABLE",
                ["level"] = ConstantCase.ToText(level),
                ["cadence"] = "MONTHLY",
                ["formality"] = "INSTITUTIONALISED",
                ["description"] = "A test network.",
            },
            Sources = _testSource,
        }));
        return this;
    }

    public GraphBuilder MemberOf(string institutionId, string networkId, MembershipRole role = MembershipRole.Member)
    {
        _writes.Add(new PutRelationship(new RelationshipRecord
        {
            Type = RelationshipType.MemberOf,
            FromId = institutionId,
            ToId = networkId,
            Properties = new Dictionary<string, object?> { ["role"] = ConstantCase.ToText(role) },
            Sources = _testSource,
        }));
        return this;
    }

    public Task WriteToAsync(IGraphStore store) => store.WriteAsync(new WriteBatch(_writes), CancellationToken.None);
}
