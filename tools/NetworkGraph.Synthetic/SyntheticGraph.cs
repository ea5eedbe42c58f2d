using NetworkGraph.Core.Seed;
using NetworkGraph.Synthetic.Steps;
using NetworkGraph.Synthetic.World;

namespace NetworkGraph.Synthetic;

/// <summary>
/// Synthetic knowledge graphs of any size for scale tests and benchmarks: realistic in shape, never
/// facts. Every node is marked illustrative and every node and relationship names the generator and
/// its seed as its source. Equal arguments give an equal graph, whatever else runs in the process.
/// </summary>
public static class SyntheticGraph
{
    public const int DefaultSeed = 20251001;

    /// <summary>Below this the territories, networks and planted gaps no longer fit.</summary>
    public const int MinimumInstitutions = 100;

    public static SeedGraph Generate(int institutions, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(institutions, MinimumInstitutions);
        var world = new SyntheticWorld(institutions, seed);
        Territories.Build(world);
        Themes.Build(world);
        Institutions.Build(world);
        Hierarchy.Build(world);
        Networks.Build(world);
        Meetings.Build(world);
        Responsibilities.Build(world);
        Funding.Build(world);
        Referrals.Build(world);
        Feedback.Build(world);
        return world.ToSeedGraph();
    }
}
