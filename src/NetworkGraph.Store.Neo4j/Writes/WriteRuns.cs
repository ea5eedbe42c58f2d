using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Neo4j.Writes;

/// <summary>
/// A batch's writes cut into runs that one statement can apply: consecutive creations of nodes of one label, or
/// consecutive puts of relationships of one type, become one <c>UNWIND</c> of at most <see cref="MaxRows"/> rows;
/// every other write is a run of its own. A run never holds the same node id, or the same relationship, twice, so
/// applying the runs in order has exactly the effect of applying the writes one by one.
/// </summary>
internal static class WriteRuns
{
    /// <summary>Rows in one statement: large enough that a bulk import takes few round trips, small enough to stay a modest request.</summary>
    public const int MaxRows = 500;

    public static IEnumerable<WriteRun> Of(IReadOnlyList<GraphWrite> writes)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var i = 0;
        while (i < writes.Count)
        {
            switch (writes[i])
            {
                case CreateNode first:
                    var nodes = new List<NodeRecord> { first.Node };
                    var ids = new HashSet<string>(StringComparer.Ordinal) { first.Node.Id };
                    while (++i < writes.Count && nodes.Count < MaxRows
                        && writes[i] is CreateNode next && next.Node.Label == first.Node.Label && ids.Add(next.Node.Id))
                    {
                        nodes.Add(next.Node);
                    }
                    yield return new CreateNodes(first.Node.Label, nodes);
                    break;
                case PutRelationship first:
                    var relationships = new List<RelationshipRecord> { first.Relationship };
                    var keys = new HashSet<RelationshipKey> { first.Relationship.Key };
                    while (++i < writes.Count && relationships.Count < MaxRows
                        && writes[i] is PutRelationship next && next.Relationship.Type == first.Relationship.Type && keys.Add(next.Relationship.Key))
                    {
                        relationships.Add(next.Relationship);
                    }
                    yield return new PutRelationships(first.Relationship.Type, relationships);
                    break;
                default:
                    yield return new SingleWrite(writes[i++]);
                    break;
            }
        }
    }
}

internal abstract record WriteRun;

internal sealed record CreateNodes(NodeLabel Label, IReadOnlyList<NodeRecord> Nodes) : WriteRun;

internal sealed record PutRelationships(RelationshipType Type, IReadOnlyList<RelationshipRecord> Relationships) : WriteRun;

internal sealed record SingleWrite(GraphWrite Write) : WriteRun;
