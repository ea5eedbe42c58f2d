using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Core.Exports;

/// <summary>
/// The part of the property graph an export writes, enumerated lazily in a stable order: nodes by id, relationships
/// by start id, end id, then type. A relationship is written when both its ends are, and a dated one whatever the
/// date: an export keeps the whole history, with each link's dates.
/// </summary>
public sealed class SelectedGraph
{
    private readonly GraphIndex _graph;
    private readonly Func<NodeRecord, bool> _keeps;
    private readonly RelationshipRecord[] _notHolding;

    // notHolding: the dated relationships that do not hold on the analysis's date (those whose ends are not both in the graph are left out).
    internal SelectedGraph(GraphIndex graph, IEnumerable<RelationshipRecord> notHolding, ExportFilter filter, Func<NodeRecord, bool> canSee)
    {
        _graph = graph;
        _notHolding = [.. notHolding.Where(r => graph.Node(r.FromId) is not null && graph.Node(r.ToId) is not null)];
        var institutions = filter.KeptInstitutions(graph);
        if (institutions is null)
        {
            _keeps = canSee;
            return;
        }
        // A filter on institutions keeps them and every node one relationship away from one of them, other
        // institutions excepted: their networks, responsibilities, meetings, feedback items, policy changes, territories.
        var kept = new HashSet<string>(institutions, StringComparer.Ordinal);
        foreach (var relationship in graph.RelationshipsInOrder.Concat(_notHolding))
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
        (_notHolding.Length == 0 ? _graph.RelationshipsInOrder : (IEnumerable<RelationshipRecord>)_graph.RelationshipsInOrder.Concat(_notHolding).Order(StoreOrder.ByEnds))
            .Where(r => _keeps(_graph.Node(r.FromId)!) && _keeps(_graph.Node(r.ToId)!));
}
