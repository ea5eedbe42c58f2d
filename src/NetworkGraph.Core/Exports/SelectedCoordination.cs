using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Core.Exports;

/// <summary>One institution of the coordination graph as exported; <see cref="Territory"/> is empty when it is located nowhere.</summary>
public sealed record CoordinationNode(string Id, string Name, GovernanceLevel? Level, ActorKind? Kind, string Territory, bool Illustrative);

/// <summary>One coordination link: <see cref="Weight"/> pieces of evidence of the allowed kinds, whose distinct kinds are <see cref="Kinds"/>.</summary>
public sealed record CoordinationEdge(string Source, string Target, int Weight, IReadOnlyList<LinkKind> Kinds);

/// <summary>
/// The coordination graph (docs/architecture.md §3) an export writes: the kept institutions by id, and the links
/// between two of them that have evidence of the allowed kinds, by the ids of their ends (the lower id first).
/// </summary>
public sealed class SelectedCoordination
{
    private readonly GraphIndex _graph;
    private readonly CoordinationGraph _coordination;
    private readonly HashSet<string>? _institutions;
    private readonly int _mask;

    internal SelectedCoordination(GraphIndex graph, CoordinationGraph coordination, ExportFilter filter)
    {
        _graph = graph;
        _coordination = coordination;
        _institutions = filter.KeptInstitutions(graph);
        _mask = LinkKindMask.Of(filter.Via);
    }

    public IEnumerable<CoordinationNode> Nodes => _coordination.Ids.Where(Keeps).Select(id =>
    {
        var node = _graph.Node(id)!;
        return new CoordinationNode(
            id, node.DisplayName, node.GetEnum<GovernanceLevel>("level"), node.GetEnum<ActorKind>("kind"),
            _graph.Outgoing(id, RelationshipType.LocatedIn).FirstOrDefault()?.ToId ?? "", node.GetBool("illustrative"));
    });

    // Pairs are built in order of (lower index, higher index), and indexes follow the ordinal order of ids.
    public IEnumerable<CoordinationEdge> Edges => _coordination.Pairs
        .Where(pair => (pair.KindMask & _mask) != 0 && Keeps(_coordination.Ids[pair.A]) && Keeps(_coordination.Ids[pair.B]))
        .Select(pair => new CoordinationEdge(
            _coordination.Ids[pair.A],
            _coordination.Ids[pair.B],
            pair.Evidence.Count(fact => LinkKindMask.Contains(_mask, fact.Kind)),
            [.. Enum.GetValues<LinkKind>().Where(kind => LinkKindMask.Contains(pair.KindMask & _mask, kind))]));

    private bool Keeps(string institutionId) => _institutions is null || _institutions.Contains(institutionId);
}
