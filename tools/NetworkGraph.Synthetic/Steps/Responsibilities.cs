using System.Globalization;
using NetworkGraph.Core.Graph;
using NetworkGraph.Synthetic.World;

namespace NetworkGraph.Synthetic.Steps;

/// <summary>
/// About one responsibility per three institutions, each ON_THEME with a LEAD holder and a few
/// SUPPORT holders. Cells planned as gaps (<see cref="CellPlan"/>) get exactly the planned holders,
/// so every gap kind occurs at every size.
/// </summary>
internal static class Responsibilities
{
    private static readonly (ResponsibilityKind Kind, int Weight)[] _kinds =
    [
        (ResponsibilityKind.ServiceDelivery, 35), (ResponsibilityKind.Coordination, 15), (ResponsibilityKind.Referral, 15),
        (ResponsibilityKind.Funding, 10), (ResponsibilityKind.LegalFramework, 8), (ResponsibilityKind.DataAndEvidence, 8),
        (ResponsibilityKind.Advocacy, 9),
    ];

    private static readonly int[] _supportWeights = [30, 35, 25, 10];

    public static void Build(SyntheticWorld world)
    {
        var planted = 0;
        foreach (var theme in world.Themes)
        {
            foreach (var level in theme.ExpectedLevels)
            {
                planted += Plant(world, theme, level);
            }
        }
        var cells = OpenCells(world);
        for (var i = planted; i < world.Sizes.Responsibilities; i++)
        {
            var (theme, level) = world.PickWeighted(cells);
            var place = Territories.PickPlace(world, level);
            var local = place.Actors.Where(a => a.Level == level && !a.Quiet).ToList();
            if (local.Count == 0)
            {
                continue;
            }
            var kind = world.PickWeighted(_kinds);
            var leads = kind is ResponsibilityKind.Funding or ResponsibilityKind.LegalFramework or ResponsibilityKind.Coordination
                ? place.Authorities
                : local;
            var holders = new List<Actor> { world.Pick(leads.Count > 0 ? leads : local) };
            for (var s = world.PickWeighted(_supportWeights); s > 0; s--)
            {
                holders.Add(world.Pick(local));
            }
            if (world.Chance(0.15) && place.Parent is { } above && theme.PlanAt(above.Level) == CellPlan.Open && above.Authorities.Count > 0)
            {
                holders.Add(world.Pick(above.Authorities));
            }
            Add(world, theme, kind, level, place, holders);
        }
    }

    /// <summary>The holders a planned gap cell gets; returns how many responsibilities it added.</summary>
    private static int Plant(SyntheticWorld world, Theme theme, GovernanceLevel level)
    {
        var holders = theme.PlanAt(level) switch
        {
            CellPlan.Single => [world.Pick(world.Places[level][0].Authorities)],
            CellPlan.QuietPair => world.Actors.Where(a => a.Level == level && a.Quiet).Take(2).ToList(),
            _ => new List<Actor>(),
        };
        if (holders.Count == 0)
        {
            return 0;
        }
        Add(world, theme, ResponsibilityKind.ServiceDelivery, level, holders[0].Place, holders);
        return 1;
    }

    /// <summary>Open cells, those at a theme's expected levels four times as likely as the others.</summary>
    private static List<((Theme Theme, GovernanceLevel Level) Cell, int Weight)> OpenCells(SyntheticWorld world) =>
        [.. world.Themes.SelectMany(theme => Enum.GetValues<GovernanceLevel>()
            .Where(level => theme.PlanAt(level) == CellPlan.Open)
            .Select(level => ((theme, level), theme.ExpectedLevels.Contains(level) ? 4 : 1)))];

    private static void Add(SyntheticWorld world, Theme theme, ResponsibilityKind kind, GovernanceLevel level, Place place, List<Actor> holders)
    {
        var id = world.NextId(NodeLabel.Responsibility);
        var kindText = ConstantCase.ToText(kind).Replace('_', ' ').ToLower(CultureInfo.InvariantCulture);
        world.AddNode(NodeLabel.Responsibility, id, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = $"{char.ToUpperInvariant(kindText[0])}{kindText[1..]}: {theme.Name.ToLower(CultureInfo.InvariantCulture)} in {place.Name}",
            ["kind"] = ConstantCase.ToText(kind),
            ["level"] = ConstantCase.ToText(level),
            ["description"] = $"Synthetic responsibility for {kindText} on {theme.Name.ToLower(CultureInfo.InvariantCulture)} at {ConstantCase.ToText(level).ToLower(CultureInfo.InvariantCulture)} level.",
        });
        world.Relate(RelationshipType.OnTheme, id, theme.Id);
        for (var i = 0; i < holders.Count; i++)
        {
            var role = i == 0 ? HoldingRole.Lead : HoldingRole.Support;
            world.Relate(RelationshipType.Holds, holders[i].Id, id,
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["role"] = ConstantCase.ToText(role) });
        }
    }
}
