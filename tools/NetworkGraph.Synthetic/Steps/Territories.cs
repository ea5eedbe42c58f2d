using NetworkGraph.Core.Graph;
using NetworkGraph.Synthetic.World;

namespace NetworkGraph.Synthetic.Steps;

/// <summary>
/// Invented territories (so that nothing can be taken for a real place): municipalities grouped
/// into provinces named after their capitals, provinces into regions, regions into countries.
/// </summary>
internal static class Territories
{
    public static void Build(SyntheticWorld world)
    {
        var sizes = world.Sizes;
        var international = Add(world, new Place("International", GovernanceLevel.International, null));
        var europe = Add(world, new Place("European Union", GovernanceLevel.European, international));
        var countries = Enumerable.Range(0, sizes.Countries)
            .Select(_ => Add(world, new Place(world.UniqueName($"Republic of {world.Faker.Address.County()}"), GovernanceLevel.National, europe)))
            .ToList();
        var regions = Enumerable.Range(0, sizes.Regions)
            .Select(r => Add(world, new Place(world.UniqueName($"{world.Faker.Address.State()} Region"), GovernanceLevel.Regional, countries[r * countries.Count / sizes.Regions])))
            .ToList();

        var municipalities = new List<Place>(sizes.Municipalities);
        var weights = new List<double>(sizes.Municipalities);
        for (var p = 0; p < sizes.Provinces; p++)
        {
            var capital = world.UniqueName(world.Faker.Address.City());
            var province = Add(world, new Place($"{capital} Province", GovernanceLevel.Provincial, regions[p * regions.Count / sizes.Provinces]));
            var first = (int)((long)p * sizes.Municipalities / sizes.Provinces);
            var last = (int)((long)(p + 1) * sizes.Municipalities / sizes.Provinces);
            for (var m = first; m < last; m++)
            {
                var name = m == first ? capital : world.UniqueName(world.Faker.Address.City());
                municipalities.Add(Add(world, new Place(name, GovernanceLevel.Municipal, province)));
                // The capital is the largest town of its province; sizes fall off like a power law.
                weights.Add(1.0 / Math.Pow(m - first + 1, 0.9));
            }
        }
        world.Municipalities = new WeightedList<Place>(municipalities, weights);
    }

    /// <summary>A random place at a level; municipalities are drawn by size.</summary>
    public static Place PickPlace(SyntheticWorld world, GovernanceLevel level) =>
        level == GovernanceLevel.Municipal ? world.Municipalities.Pick(world) : world.Pick(world.Places[level]);

    private static Place Add(SyntheticWorld world, Place place)
    {
        if (!world.Places.TryGetValue(place.Level, out var list))
        {
            list = [];
            world.Places[place.Level] = list;
        }
        list.Add(place);
        place.Parent?.Children.Add(place);
        if (KindOf(place.Level) is { } kind)
        {
            place.Id = world.NextId(NodeLabel.Territory);
            world.AddNode(NodeLabel.Territory, place.Id, new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = place.Name,
                ["kind"] = ConstantCase.ToText(kind),
                ["country"] = place.Ancestor(GovernanceLevel.National)?.Name,
                ["description"] = $"Synthetic {ConstantCase.ToText(kind).ToLowerInvariant()}: an invented place, not a real one.",
            });
            if (place.Parent?.Id is { } parentId)
            {
                world.Relate(RelationshipType.Within, place.Id, parentId);
            }
        }
        return place;
    }

    private static TerritoryKind? KindOf(GovernanceLevel level) => level switch
    {
        GovernanceLevel.Municipal => TerritoryKind.Municipality,
        GovernanceLevel.Provincial => TerritoryKind.Province,
        GovernanceLevel.Regional => TerritoryKind.Region,
        GovernanceLevel.National => TerritoryKind.State,
        GovernanceLevel.European => TerritoryKind.Supranational,
        _ => null,
    };
}
