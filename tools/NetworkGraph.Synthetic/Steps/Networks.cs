using System.Globalization;
using NetworkGraph.Core.Graph;
using NetworkGraph.Synthetic.World;
using static NetworkGraph.Core.Graph.GovernanceLevel;

namespace NetworkGraph.Synthetic.Steps;

/// <summary>
/// Networks of every kind, one per about twenty institutions, with their members, the themes they
/// cover and the network of networks: municipal tables inside provincial ones inside each region's
/// network of networks inside its country's (PART_OF chains of depth three at most).
/// </summary>
internal static class Networks
{
    public static void Build(SyntheticWorld world)
    {
        foreach (var country in world.Places[National])
        {
            country.NetworkOfNetworks = Add(world, NetworkKind.NetworkOfNetworks, country);
        }
        foreach (var region in world.Places[Regional])
        {
            region.NetworkOfNetworks = Add(world, NetworkKind.NetworkOfNetworks, region);
        }
        var ordinary = world.Sizes.Networks - world.Networks.Count;
        for (var i = 0; i < ordinary; i++)
        {
            var (level, kind) = i < NetworkShapes.Guaranteed.Length ? NetworkShapes.Guaranteed[i] : Draw(world);
            Add(world, kind, Territories.PickPlace(world, level));
        }
        foreach (var network in world.Networks)
        {
            Memberships.Fill(world, network);
            LinkToParent(world, network);
        }
    }

    private static (GovernanceLevel Level, NetworkKind Kind) Draw(SyntheticWorld world)
    {
        var level = world.PickWeighted(NetworkShapes.Levels);
        return (level, world.PickWeighted(NetworkShapes.KindsAt(level)));
    }

    private static SyntheticNetwork Add(SyntheticWorld world, NetworkKind kind, Place place)
    {
        var network = new SyntheticNetwork(world.NextId(NodeLabel.Network), kind, place.Level, place);
        var themeCount = kind == NetworkKind.NetworkOfNetworks ? world.Random.Number(3, 6) : world.Random.Number(1, 3);
        while (network.Themes.Count < Math.Min(themeCount, world.Themes.Count))
        {
            var theme = world.Pick(world.Themes);
            if (!network.Themes.Contains(theme))
            {
                network.Themes.Add(theme);
            }
        }
        network.Name = world.UniqueName(NetworkShapes.Name(kind, place.Name, network.Themes[0].Name));
        world.Networks.Add(network);
        place.Networks.Add(network);
        world.AddNode(NodeLabel.Network, network.Id, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = network.Name,
            ["kind"] = ConstantCase.ToText(kind),
            ["level"] = ConstantCase.ToText(network.Level),
            ["cadence"] = ConstantCase.ToText(world.Pick(NetworkShapes.Cadences(kind))),
            ["formality"] = ConstantCase.ToText(world.Pick(NetworkShapes.Formalities(kind))),
            ["description"] = $"Synthetic {ConstantCase.ToText(kind).Replace('_', ' ').ToLower(CultureInfo.InvariantCulture)} in {place.Name} on "
                + string.Join(", ", network.Themes.Select(t => t.Name.ToLower(CultureInfo.InvariantCulture))) + ".",
        });
        foreach (var theme in network.Themes)
        {
            world.Relate(RelationshipType.Covers, network.Id, theme.Id);
        }
        return network;
    }

    private static void LinkToParent(SyntheticWorld world, SyntheticNetwork network)
    {
        var regional = network.Place.Ancestor(Regional)?.NetworkOfNetworks;
        network.Parent = (network.Level, network.Kind) switch
        {
            (Regional, NetworkKind.NetworkOfNetworks) => network.Place.Ancestor(National)?.NetworkOfNetworks,
            (National, NetworkKind.NetworkOfNetworks) => null,
            (Municipal, _) when world.Chance(0.35) => ProvincialNetwork(world, network.Place.Parent!) ?? regional,
            (Provincial, _) when world.Chance(0.8) => regional,
            (Regional, _) when world.Chance(0.5) => regional,
            (National, _) when world.Chance(0.4) => network.Place.NetworkOfNetworks,
            _ => null,
        };
        if (network.Parent is not null)
        {
            world.Relate(RelationshipType.PartOf, network.Id, network.Parent.Id);
        }
    }

    private static SyntheticNetwork? ProvincialNetwork(SyntheticWorld world, Place province) =>
        province.Networks.Count > 0 ? world.Pick(province.Networks) : null;
}
