using NetworkGraph.Core.Graph;

namespace NetworkGraph.Synthetic.World;

internal sealed class SyntheticNetwork(string id, NetworkKind kind, GovernanceLevel level, Place place)
{
    public string Id => id;

    public string Name { get; set; } = "";

    public NetworkKind Kind => kind;

    public GovernanceLevel Level => level;

    public Place Place => place;

    public List<Actor> Members { get; } = [];

    public List<Theme> Themes { get; } = [];

    public List<SyntheticMeeting> Meetings { get; } = [];

    public SyntheticNetwork? Parent { get; set; }
}

internal sealed record SyntheticMeeting(string Id, DateOnly Date, SyntheticNetwork Network);
