using NetworkGraph.Core.Graph;

namespace NetworkGraph.Synthetic.World;

/// <summary>How the generator fills one (theme, level) cell of the coverage table.</summary>
internal enum CellPlan
{
    /// <summary>Ordinary responsibilities may land here.</summary>
    Open,

    /// <summary>No holder at all: a NO_ACTOR gap.</summary>
    Empty,

    /// <summary>Exactly one holder: a SINGLE_ACTOR gap.</summary>
    Single,

    /// <summary>Two quiet holders: NOT_NETWORKED, and DISCONNECTED_LEVELS against another such cell.</summary>
    QuietPair,
}

internal sealed class Theme(string id, string name, IReadOnlyList<GovernanceLevel> expectedLevels)
{
    private readonly Dictionary<GovernanceLevel, CellPlan> _plans = [];

    public string Id => id;

    public string Name => name;

    public IReadOnlyList<GovernanceLevel> ExpectedLevels => expectedLevels;

    public CellPlan PlanAt(GovernanceLevel level) => _plans.GetValueOrDefault(level, CellPlan.Open);

    public void Plan(GovernanceLevel level, CellPlan plan) => _plans[level] = plan;
}
