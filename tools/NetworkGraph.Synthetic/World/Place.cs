using NetworkGraph.Core.Graph;

namespace NetworkGraph.Synthetic.World;

/// <summary>
/// A territory: a municipality, province, region or country, or the European and international
/// spheres. Places form one tree from the municipalities up to the international sphere. Each place but the
/// international sphere is a Territory node (<see cref="Id"/>), WITHIN its parent's.
/// </summary>
internal sealed class Place(string name, GovernanceLevel level, Place? parent)
{
    public string Name => name;

    /// <summary>The id of its Territory node; null for the international sphere, which is not a territory.</summary>
    public string? Id { get; set; }

    public GovernanceLevel Level => level;

    public Place? Parent => parent;

    public List<Place> Children { get; } = [];

    /// <summary>Every institution located here, quiet ones included.</summary>
    public List<Actor> Actors { get; } = [];

    /// <summary>Public authorities of this place's own level: the anchor first, then its departments.</summary>
    public List<Actor> Authorities { get; } = [];

    public List<SyntheticNetwork> Networks { get; } = [];

    /// <summary>The network of networks of a region or country, when it has one.</summary>
    public SyntheticNetwork? NetworkOfNetworks { get; set; }

    public Actor Anchor => Authorities[0];

    /// <summary>This place or the nearest one above it at <paramref name="target"/>.</summary>
    public Place? Ancestor(GovernanceLevel target)
    {
        for (var place = this; place is not null; place = place.Parent)
        {
            if (place.Level == target)
            {
                return place;
            }
        }
        return null;
    }
}
