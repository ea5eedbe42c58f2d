using System.Globalization;
using NetworkGraph.Core.Graph;
using NetworkGraph.Synthetic.World;
using static NetworkGraph.Core.Graph.ActorKind;
using static NetworkGraph.Core.Graph.GovernanceLevel;

namespace NetworkGraph.Synthetic.Steps;

/// <summary>
/// REFERS_TO chains in the shape of SMUS -> Harreragune -> Lanbide: a municipal service refers to a
/// local NGO, which refers on to a regional public service, and now and then to a national one.
/// </summary>
internal static class Referrals
{
    public static void Build(SyntheticWorld world)
    {
        for (var i = 0; i < world.Sizes.ReferralChains; i++)
        {
            var municipality = world.Municipalities.Pick(world);
            var chain = new List<Actor?>
            {
                Find(world, municipality, a => a.Kind == PublicService) ?? municipality.Anchor,
                Find(world, municipality, a => a.Kind is Ngo or DiasporaAssociation or SocialEnterprise)
                    ?? Find(world, municipality.Parent!, a => a.Kind is Ngo or SocialEnterprise),
                Find(world, municipality.Ancestor(Regional)!, a => a.Kind == PublicService && a.Level == Regional),
            };
            if (world.Chance(0.15))
            {
                chain.Add(Find(world, municipality.Ancestor(National)!, a => a.Kind == PublicService && a.Level == National));
            }
            var theme = world.Pick(world.Themes);
            for (var hop = 0; hop + 1 < chain.Count; hop++)
            {
                if (chain[hop] is not { } from || chain[hop + 1] is not { } to)
                {
                    break;
                }
                world.Relate(RelationshipType.RefersTo, from.Id, to.Id, new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["theme"] = theme.Id,
                    ["description"] = $"Refers people who need help with {theme.Name.ToLower(CultureInfo.InvariantCulture)} on to {to.Name}.",
                });
            }
        }
    }

    /// <summary>A random active actor of the place that fits, or null after a few draws.</summary>
    private static Actor? Find(SyntheticWorld world, Place place, Func<Actor, bool> fits)
    {
        for (var attempt = 0; attempt < 12 && place.Actors.Count > 0; attempt++)
        {
            var actor = world.Pick(place.Actors);
            if (!actor.Quiet && fits(actor))
            {
                return actor;
            }
        }
        return null;
    }
}
