using NetworkGraph.Core.Graph;

namespace NetworkGraph.Synthetic.World;

/// <summary>An institution while the world is built.</summary>
internal sealed class Actor(string id, string name, GovernanceLevel level, ActorKind kind, Place place)
{
    public string Id => id;

    public string Name => name;

    public GovernanceLevel Level => level;

    public ActorKind Kind => kind;

    /// <summary>Where it sits; a state subdelegation is a national actor located in a province.</summary>
    public Place Place => place;

    /// <summary>
    /// Takes part in no coordination at all (no network, referral, funding, hierarchy or meeting):
    /// such actors let the generator plant coverage gaps that hold at any size.
    /// </summary>
    public bool Quiet { get; set; }

    public List<SyntheticNetwork> Networks { get; } = [];

    /// <summary>How many PART_OF links lead from it to an actor that is part of nothing.</summary>
    public int HierarchyDepth { get; set; }
}
