using NetworkGraph.Core.Graph;
using NetworkGraph.Synthetic.World;
using static NetworkGraph.Core.Graph.ActorKind;
using static NetworkGraph.Core.Graph.GovernanceLevel;

namespace NetworkGraph.Synthetic.Steps;

/// <summary>
/// Institution PART_OF links: departments of councils and governments, services of departments,
/// state subdelegations of ministries, local branches of national NGOs and diaspora federations.
/// Every link points to an actor created earlier or at a higher level, so the hierarchy has no cycle.
/// </summary>
internal static class Hierarchy
{
    public static void Build(SyntheticWorld world)
    {
        var nationalNgos = ByPlace(world, National, Ngo);
        var regionalNgos = ByPlace(world, Regional, Ngo);
        var federations = ByPlace(world, Provincial, DiasporaAssociation);
        foreach (var actor in world.Actors)
        {
            if (actor.Quiet || Institutions.IsAnchor(actor))
            {
                continue;
            }
            var parent = actor switch
            {
                { Kind: PublicAuthority } when actor.Level != actor.Place.Level =>
                    Department(world, actor.Place.Ancestor(National)!),
                { Kind: PublicAuthority } when actor.Level is Regional or National && world.Chance(0.3) =>
                    EarlierDepartment(world, actor),
                { Kind: PublicAuthority } => actor.Place.Anchor,
                { Kind: PublicService } => world.Chance(0.7) ? world.Pick(actor.Place.Authorities) : actor.Place.Anchor,
                { Kind: Ngo, Level: Municipal or Provincial } when world.Chance(0.2) =>
                    Branch(world, world.Chance(0.5) ? nationalNgos : regionalNgos, actor.Place, world.Chance(0.5) ? National : Regional),
                { Kind: DiasporaAssociation, Level: Municipal } when world.Chance(0.15) =>
                    Branch(world, federations, actor.Place, Provincial),
                _ => null,
            };
            if (parent is not null && world.Relate(RelationshipType.PartOf, actor.Id, parent.Id))
            {
                actor.HierarchyDepth = parent.HierarchyDepth + 1;
            }
        }
    }

    private static Actor Department(SyntheticWorld world, Place place) =>
        place.Authorities.Count > 1 ? place.Authorities[world.Random.Number(1, place.Authorities.Count - 1)] : place.Anchor;

    /// <summary>
    /// A directorate under a department created before it that reports to the government directly,
    /// else the government itself: ministries and departments nest two deep, not more.
    /// </summary>
    private static Actor EarlierDepartment(SyntheticWorld world, Actor actor)
    {
        var index = actor.Place.Authorities.IndexOf(actor);
        var department = index > 1 ? actor.Place.Authorities[world.Random.Number(1, index - 1)] : null;
        return department is { HierarchyDepth: 1 } ? department : actor.Place.Anchor;
    }

    private static Actor? Branch(SyntheticWorld world, Dictionary<Place, List<Actor>> parents, Place place, GovernanceLevel level) =>
        place.Ancestor(level) is { } ancestor && parents.TryGetValue(ancestor, out var candidates) ? world.Pick(candidates) : null;

    private static Dictionary<Place, List<Actor>> ByPlace(SyntheticWorld world, GovernanceLevel level, ActorKind kind) =>
        world.Actors
            .Where(a => a.Level == level && a.Place.Level == level && a.Kind == kind && !a.Quiet)
            .GroupBy(a => a.Place)
            .ToDictionary(g => g.Key, g => g.ToList());
}
