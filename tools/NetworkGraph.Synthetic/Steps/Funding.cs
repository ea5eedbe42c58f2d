using NetworkGraph.Core.Graph;
using NetworkGraph.Synthetic.World;
using static NetworkGraph.Core.Graph.GovernanceLevel;

namespace NetworkGraph.Synthetic.Steps;

/// <summary>
/// FUNDS links: regional and national authorities (and provincial councils, now and then Europe)
/// funding municipal institutions, NGOs and local networks within their territory.
/// </summary>
internal static class Funding
{
    private static readonly DateOnly _first = new(2012, 1, 1);
    private static readonly DateOnly _last = new(2024, 12, 31);

    public static void Build(SyntheticWorld world)
    {
        var recipients = world.Actors
            .Where(a => !a.Quiet && (a.Level == Municipal
                || (a.Level <= Regional && a.Kind is ActorKind.Ngo or ActorKind.DiasporaAssociation or ActorKind.SocialEnterprise)))
            .ToList();
        var localNetworks = world.Networks.Where(n => n.Level is Municipal or Provincial).ToList();
        for (var i = 0; i < world.Sizes.FundingLinks; i++)
        {
            var (recipientId, place) = Recipient(world, recipients, localNetworks);
            var funder = Funder(world, place);
            if (funder is null)
            {
                continue;
            }
            var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["since"] = Dates.Text(Dates.Between(world, _first, _last)),
            };
            if (world.Chance(0.7))
            {
                properties["programme"] = $"{world.Pick(world.Themes).Name} programme {world.Random.Number(2015, 2025)}";
            }
            world.Relate(RelationshipType.Funds, funder.Id, recipientId, properties);
        }
    }

    private static (string Id, Place Place) Recipient(SyntheticWorld world, List<Actor> actors, List<SyntheticNetwork> networks)
    {
        if (networks.Count > 0 && world.Chance(0.2))
        {
            var network = world.Pick(networks);
            return (network.Id, network.Place);
        }
        var actor = world.Pick(actors);
        return (actor.Id, actor.Place);
    }

    private static Actor? Funder(SyntheticWorld world, Place place)
    {
        var draw = world.Random.Double();
        var level = draw < 0.45 ? Regional : draw < 0.7 ? National : draw < 0.9 ? Provincial : European;
        var funderPlace = place.Ancestor(level);
        return funderPlace is null || funderPlace.Authorities.Count == 0 ? null : world.Pick(funderPlace.Authorities);
    }
}
