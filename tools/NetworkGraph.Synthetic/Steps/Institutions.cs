using NetworkGraph.Core.Graph;
using NetworkGraph.Synthetic.World;
using static NetworkGraph.Core.Graph.ActorKind;
using static NetworkGraph.Core.Graph.GovernanceLevel;

namespace NetworkGraph.Synthetic.Steps;

/// <summary>
/// Institutions at every level in the proportions of a real multi-level system: mostly municipal
/// services, NGOs and associations; fewer provincial, regional and national bodies; a few European
/// and international ones. Every place has its anchor authority (council, government).
/// </summary>
internal static class Institutions
{
    private static readonly Dictionary<GovernanceLevel, (ActorKind Kind, int Weight)[]> _kindMix = new()
    {
        [Municipal] = [(PublicService, 24), (Ngo, 34), (DiasporaAssociation, 18), (SocialEnterprise, 8), (PrivateSector, 6), (Academia, 3), (PublicAuthority, 7)],
        [Provincial] = [(PublicAuthority, 12), (PublicService, 28), (Ngo, 32), (DiasporaAssociation, 8), (SocialEnterprise, 7), (Academia, 6), (PrivateSector, 7)],
        [Regional] = [(PublicAuthority, 20), (PublicService, 24), (Ngo, 24), (Academia, 10), (DiasporaAssociation, 7), (PrivateSector, 9), (SocialEnterprise, 6)],
        [National] = [(PublicAuthority, 40), (PublicService, 15), (Ngo, 28), (Academia, 8), (PrivateSector, 5), (DiasporaAssociation, 4)],
        [European] = [(PublicAuthority, 35), (Ngo, 30), (InternationalOrganisation, 10), (Academia, 12), (PrivateSector, 13)],
        [International] = [(InternationalOrganisation, 60), (Ngo, 40)],
    };

    public static void Build(SyntheticWorld world)
    {
        foreach (var level in Enum.GetValues<GovernanceLevel>())
        {
            foreach (var place in world.Places[level])
            {
                Add(world, level, level == International ? InternationalOrganisation : PublicAuthority, place, InstitutionNames.Anchor(place), anchor: true);
            }
        }
        foreach (var level in Enum.GetValues<GovernanceLevel>())
        {
            var mix = _kindMix[level];
            var count = Quota(world.Sizes, level) - world.Places[level].Count;
            for (var i = 0; i < count; i++)
            {
                // The first of each level take every kind once, so that small graphs hold them all too.
                var kind = i < mix.Length ? mix[i].Kind : world.PickWeighted(mix);
                var place = level == National && kind == PublicAuthority && world.Chance(0.5)
                    ? world.Pick(world.Places[Provincial])
                    : Territories.PickPlace(world, level);
                Add(world, level, kind, place, InstitutionNames.For(world, level, kind, place));
            }
        }
        ChooseQuiet(world);
    }

    public static bool IsAnchor(Actor actor) => actor.Place.Authorities.Count > 0 && actor.Place.Anchor == actor;

    private static int Quota(SyntheticSizes sizes, GovernanceLevel level) => level switch
    {
        Municipal => sizes.Municipal,
        Provincial => sizes.Provincial,
        Regional => sizes.Regional,
        National => sizes.National,
        European => sizes.European,
        _ => sizes.International,
    };

    private static void Add(SyntheticWorld world, GovernanceLevel level, ActorKind kind, Place place, string name, bool anchor = false)
    {
        var actor = new Actor(world.NextId(NodeLabel.Institution), name, level, kind, place);
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = name,
            ["kind"] = ConstantCase.ToText(kind),
            ["level"] = ConstantCase.ToText(level),
            ["description"] =
                $"Synthetic {InstitutionNames.KindPhrase(kind)} working at {ConstantCase.ToText(level).ToLowerInvariant()} level in {place.Name}: "
                + $"{world.Faker.Company.CatchPhrase().ToLowerInvariant()}.",
        };
        if (kind is PublicAuthority or PublicService && world.Chance(0.3))
        {
            properties["acronym"] = InstitutionNames.Acronym(name);
        }
        if (world.Chance(0.4))
        {
            properties["website"] = $"https://{actor.Id}.example.org";
        }
        world.AddNode(NodeLabel.Institution, actor.Id, properties);
        if (place.Id is { } territoryId)
        {
            world.Relate(RelationshipType.LocatedIn, actor.Id, territoryId);
        }
        world.Actors.Add(actor);
        place.Actors.Add(actor);
        if (anchor || (kind == PublicAuthority && level == place.Level))
        {
            place.Authorities.Add(actor);
        }
    }

    /// <summary>
    /// A few actors at each level stay out of all coordination, as some organisations do. At least
    /// two municipal and two national ones exist, for the planted DISCONNECTED_LEVELS gap.
    /// </summary>
    private static void ChooseQuiet(SyntheticWorld world)
    {
        foreach (var level in Enum.GetValues<GovernanceLevel>())
        {
            var candidates = world.Actors.Where(a => a.Level == level && a.Kind != PublicAuthority && !IsAnchor(a)).ToList();
            var wanted = Math.Max(level is Municipal or National ? 2 : 0, SyntheticSizes.QuietShare(candidates.Count));
            for (var chosen = 0; chosen < wanted && candidates.Count > 0; chosen++)
            {
                var index = world.Random.Number(0, candidates.Count - 1);
                candidates[index].Quiet = true;
                candidates[index] = candidates[^1];
                candidates.RemoveAt(candidates.Count - 1);
            }
        }
    }
}
