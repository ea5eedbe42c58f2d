using NetworkGraph.Core.Graph;
using NetworkGraph.Synthetic.World;
using static NetworkGraph.Core.Graph.GovernanceLevel;

namespace NetworkGraph.Synthetic.Steps;

/// <summary>
/// 24 to 36 themes whatever the size, each expected at two to four levels. The first three carry
/// planted gaps (as the report found for return counselling); the others get gaps by chance.
/// </summary>
internal static class Themes
{
    private static readonly string[] _catalogue =
    [
        "Return counselling", "Unaccompanied minors", "Income guarantee", "Reception", "Legal counselling", "Employment",
        "Housing", "Homelessness", "Youth inclusion", "Irregularity", "Data and evidence", "Diaspora participation",
        "Anti-discrimination", "Case management", "Language learning", "Health access", "Education", "Family reunification",
        "Gender-based violence", "Trafficking", "Recognition of qualifications", "Asylum procedures", "Resettlement",
        "Civic orientation", "Mental health", "Digital inclusion", "Intercultural mediation", "Labour rights",
        "Rural integration", "Seasonal work", "Statelessness", "Elderly migrants", "Community sponsorship",
        "Entrepreneurship", "Financial inclusion", "Hate speech",
    ];

    private static readonly (GovernanceLevel Level, int Weight)[] _levelWeights =
        [(Municipal, 5), (Provincial, 2), (Regional, 4), (National, 3), (European, 1)];

    public static void Build(SyntheticWorld world)
    {
        var count = world.Random.Number(24, _catalogue.Length);
        for (var i = 0; i < count; i++)
        {
            var theme = new Theme(world.NextId(NodeLabel.Theme), _catalogue[i], ExpectedLevels(world, i));
            Plan(world, theme, i);
            world.Themes.Add(theme);
            world.AddNode(NodeLabel.Theme, theme.Id, new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = theme.Name,
                ["description"] = $"Synthetic theme: {theme.Name.ToLowerInvariant()} for migrants and the services around them.",
                ["expectedLevels"] = theme.ExpectedLevels.Select(level => ConstantCase.ToText(level)).ToArray(),
            });
        }
    }

    private static GovernanceLevel[] ExpectedLevels(SyntheticWorld world, int index) => index switch
    {
        0 => [Municipal, National],
        1 => [Municipal, Provincial, Regional],
        2 => [Municipal, Regional],
        _ => DrawLevels(world),
    };

    private static GovernanceLevel[] DrawLevels(SyntheticWorld world)
    {
        var wanted = world.Random.Number(2, 4);
        var remaining = _levelWeights.ToList();
        var levels = new List<GovernanceLevel>();
        while (levels.Count < wanted)
        {
            var index = world.PickWeighted(remaining.Select(l => l.Weight).ToList());
            levels.Add(remaining[index].Level);
            remaining.RemoveAt(index);
        }
        levels.Sort();
        return [.. levels];
    }

    private static void Plan(SyntheticWorld world, Theme theme, int index)
    {
        switch (index)
        {
            case 0:
                // Return counselling: a central programme and local actors that never meet.
                theme.Plan(Municipal, CellPlan.QuietPair);
                theme.Plan(National, CellPlan.QuietPair);
                return;
            case 1:
                theme.Plan(Provincial, CellPlan.Empty);
                return;
            case 2:
                theme.Plan(Regional, CellPlan.Single);
                return;
        }
        foreach (var level in theme.ExpectedLevels)
        {
            var draw = world.Random.Double();
            if (draw < 0.06)
            {
                theme.Plan(level, CellPlan.Empty);
            }
            else if (draw < 0.14)
            {
                theme.Plan(level, CellPlan.Single);
            }
        }
    }
}
