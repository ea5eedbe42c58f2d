namespace NetworkGraph.Core.Territories;

/// <summary>
/// The part of a snapshot that acts on one territory (docs/architecture.md §3, "Territories"): the institutions
/// located in it, in a territory within it or in a territory that contains it; the networks one of them is a
/// member of, and the networks those are part of; the feedback items one of them raised; the territories of the
/// scope; and every meeting, theme, responsibility and policy change. A relationship stays when both its ends do.
/// </summary>
public static class TerritoryScope
{
    public static GraphSnapshot Restrict(GraphSnapshot snapshot, string territoryId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var territories = new TerritoryTree(snapshot.Relationships).Scope(territoryId);
        var institutions = Ends(snapshot, RelationshipType.LocatedIn, territories.Contains, fromEnd: true);
        var networks = Ends(snapshot, RelationshipType.MemberOf, institutions.Contains, fromEnd: false);
        var partOf = snapshot.Relationships.Where(r => r.Type == RelationshipType.PartOf).ToLookup(r => r.FromId, r => r.ToId);
        var frontier = new Queue<string>(networks);
        while (frontier.TryDequeue(out var network))
        {
            foreach (var parent in partOf[network].Where(networks.Add))
            {
                frontier.Enqueue(parent);
            }
        }
        var feedback = Ends(snapshot, RelationshipType.Raised, institutions.Contains, fromEnd: false);
        var nodes = snapshot.Nodes.Where(node => node.Label switch
        {
            NodeLabel.Institution => institutions.Contains(node.Id),
            NodeLabel.Network => networks.Contains(node.Id),
            NodeLabel.FeedbackItem => feedback.Contains(node.Id),
            NodeLabel.Territory => territories.Contains(node.Id),
            _ => true,
        }).ToList();
        var kept = nodes.Select(node => node.Id).ToHashSet(StringComparer.Ordinal);
        var relationships = snapshot.Relationships.Where(r => kept.Contains(r.FromId) && kept.Contains(r.ToId)).ToList();
        return new GraphSnapshot(snapshot.Version, nodes, relationships);
    }

    /// <summary>For the relationships of a type whose other end passes the test: this end's ids.</summary>
    private static HashSet<string> Ends(GraphSnapshot snapshot, RelationshipType type, Func<string, bool> otherEnd, bool fromEnd) =>
        snapshot.Relationships
            .Where(r => r.Type == type && otherEnd(fromEnd ? r.ToId : r.FromId))
            .Select(r => fromEnd ? r.FromId : r.ToId)
            .ToHashSet(StringComparer.Ordinal);
}
