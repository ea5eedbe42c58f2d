using NetworkGraph.Core.Graph;
using NetworkGraph.Synthetic.World;

namespace NetworkGraph.Synthetic.Steps;

/// <summary>
/// Members of a network: 4 to 40, most from the network's own territory, a share from the level
/// above or below (the cross-level members that make a network of networks).
/// </summary>
internal static class Memberships
{
    private static readonly DateOnly _firstSince = new(2008, 1, 1);
    private static readonly DateOnly _lastSince = new(2024, 6, 30);

    public static void Fill(SyntheticWorld world, SyntheticNetwork network)
    {
        var place = network.Place;
        // Cubed uniform draws: most networks are small, a few gather forty members.
        var size = 4 + (int)(36 * Math.Pow(world.Random.Double(), 3));
        Join(world, network, world.Chance(0.6) ? place.Anchor : world.Pick(place.Authorities), MembershipRole.Convenor);
        if (world.Chance(0.25))
        {
            Join(world, network, Active(world, place), MembershipRole.Chair);
        }
        if (world.Chance(0.35))
        {
            Join(world, network, Active(world, place, a => a.Kind is ActorKind.Ngo or ActorKind.Academia), MembershipRole.Secretariat);
        }
        var crossShare = network.Kind == NetworkKind.NetworkOfNetworks ? 0.45 : 0.15;
        for (var attempt = 0; network.Members.Count < size && attempt < size * 8; attempt++)
        {
            // Small towns cannot fill a table alone: after a while, members come from around.
            var pool = world.Chance(crossShare) || attempt >= size * 4 ? Neighbour(world, place) : place;
            Join(world, network, Active(world, pool), world.Chance(0.08) ? MembershipRole.Observer : MembershipRole.Member);
        }
    }

    private static Place Neighbour(SyntheticWorld world, Place place) =>
        place.Parent is not null && (place.Children.Count == 0 || world.Chance(0.6)) ? place.Parent
        : place.Children.Count > 0 ? world.Pick(place.Children)
        : place;

    private static Actor? Active(SyntheticWorld world, Place place, Func<Actor, bool>? filter = null)
    {
        if (place.Actors.Count == 0)
        {
            return null;
        }
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var actor = world.Pick(place.Actors);
            if (!actor.Quiet && (filter is null || filter(actor)))
            {
                return actor;
            }
        }
        return null;
    }

    private static void Join(SyntheticWorld world, SyntheticNetwork network, Actor? actor, MembershipRole role)
    {
        if (actor is null || actor.Quiet || network.Members.Contains(actor))
        {
            return;
        }
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal) { ["role"] = ConstantCase.ToText(role) };
        if (world.Chance(0.6))
        {
            properties["since"] = Dates.Text(Dates.Between(world, _firstSince, _lastSince));
        }
        world.Relate(RelationshipType.MemberOf, actor.Id, network.Id, properties);
        network.Members.Add(actor);
        actor.Networks.Add(network);
    }
}
