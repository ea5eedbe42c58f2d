using static NetworkGraph.Core.Graph.Direction;
using static NetworkGraph.Core.Graph.RelationshipType;

namespace NetworkGraph.Api.Territories;

/// <summary>
/// The institutions a graph question scoped to these territories keeps (docs/architecture.md §3, "Territories"),
/// found through the store for a where filter: the territories, those within them and those that contain them,
/// then who is located in one of those. One store call per level of the tree, and one for the locations.
/// </summary>
public static class TerritoryScopeFilter
{
    public static async Task<HashSet<string>> InstitutionsActingOnAsync(
        IReadOnlyCollection<string> territories, IGraphStore store, CancellationToken cancellationToken)
    {
        var down = await NodeFilter.FollowAsync(territories, [new PathStep(Incoming, Within, AnyDepth: true)], store, cancellationToken);
        var up = await NodeFilter.FollowAsync(territories, [new PathStep(Outgoing, Within, AnyDepth: true)], store, cancellationToken);
        down.UnionWith(up);
        return await NodeFilter.FollowAsync(down, [new PathStep(Incoming, LocatedIn)], store, cancellationToken);
    }
}
