using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Core.Exports;

/// <summary>
/// The part of the property graph an export writes, enumerated lazily in a stable order: nodes by id, relationships
/// by start id, end id, then type. A relationship is written when both its ends are.
/// </summary>
public sealed class SelectedGraph
{
    private readonly GraphIndex _graph;
    private readonly Func<NodeRecord, bool> _keeps;

    internal SelectedGraph(GraphIndex graph, ExportFilter filter, Func<NodeRecord, bool> canSee)
    {
        _graph = graph;
        var institutions = filter.KeptInstitutions(graph);
        if (institutions is null)
        {
            _keeps = canSee;
            return;
        }
        // A filter on institutions keeps them and every node one relationship away from one of them, other
        // institutions excepted: their networks, responsibilities, meetings, feedback items, policy changes, territories.
        var kept = new HashSet<string>(institutions, StringComparer.Ordinal);
        foreach (var relationship in graph.RelationshipsInOrder)
        {
            var from = institutions.Contains(relationship.FromId);
            if (from == institutions.Contains(relationship.ToId))
            {
                continue;
            }
            var other = graph.Node(from ? relationship.ToId : relationship.FromId)!;
            if (other.Label != NodeLabel.Institution)
            {
                kept.Add(other.Id);
            }
        }
        _keeps = node => kept.Contains(node.Id) && canSee(node);
    }

    /// <summary>A node of the scope by its id, whether the selection keeps it or not.</summary>
    public NodeRecord? Node(string id) => _graph.Node(id);

    public IEnumerable<NodeRecord> Nodes => _graph.NodesInIdOrder.Where(_keeps);

    public IEnumerable<RelationshipRecord> Relationships =>
        _graph.RelationshipsInOrder.Where(r => _keeps(_graph.Node(r.FromId)!) && _keeps(_graph.Node(r.ToId)!));
}
