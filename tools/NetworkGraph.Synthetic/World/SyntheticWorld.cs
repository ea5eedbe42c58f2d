using Bogus;
using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Seed;

namespace NetworkGraph.Synthetic.World;

/// <summary>
/// The state of one generation: its own seeded randomness (never Bogus's global seed), the places,
/// actors, themes and networks built so far, and the nodes and relationships written.
/// </summary>
internal sealed class SyntheticWorld
{
    private readonly List<NodeRecord> _nodes = [];
    private readonly List<RelationshipRecord> _relationships = [];
    private readonly HashSet<RelationshipKey> _relationshipKeys = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<NodeLabel, int> _counters = [];
    private readonly IReadOnlyList<SourceRef> _sources;

    public SyntheticWorld(int institutions, int seed)
    {
        Sizes = new SyntheticSizes(institutions);
        Random = new Randomizer(seed);
        Faker = new Faker("en") { Random = Random };
        _sources = [new SourceRef($"Synthetic data (generated, fixed seed {seed})", null, null)];
    }

    public SyntheticSizes Sizes { get; }

    public Randomizer Random { get; }

    public Faker Faker { get; }

    public Dictionary<GovernanceLevel, List<Place>> Places { get; } = [];

    /// <summary>Municipalities with cumulative weights: a few large cities, many small towns.</summary>
    public WeightedList<Place> Municipalities { get; set; } = new([], []);

    public List<Actor> Actors { get; } = [];

    public List<Theme> Themes { get; } = [];

    public List<SyntheticNetwork> Networks { get; } = [];

    public List<SyntheticMeeting> Meetings { get; } = [];

    public Place World => Places[GovernanceLevel.International][0];

    public Place Europe => Places[GovernanceLevel.European][0];

    /// <summary>The next id of a label: syn-inst-000123, sortable, unique within the graph.</summary>
    public string NextId(NodeLabel label)
    {
        var next = _counters.GetValueOrDefault(label) + 1;
        _counters[label] = next;
        return $"syn-{Prefix(label)}-{next:D6}";
    }

    /// <summary>Names stay unique so that a planner can tell nodes apart by name alone.</summary>
    public string UniqueName(string name)
    {
        if (_names.Add(name))
        {
            return name;
        }
        for (var suffix = 2; ; suffix++)
        {
            var candidate = $"{name} {suffix}";
            if (_names.Add(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>Every synthetic node is illustrative, so it can never be taken for a sourced fact.</summary>
    public void AddNode(NodeLabel label, string id, Dictionary<string, object?> properties)
    {
        properties["illustrative"] = true;
        _nodes.Add(new NodeRecord { Id = id, Label = label, Properties = properties, Sources = _sources });
    }

    /// <summary>Adds the relationship unless the same (type, from, to) exists; true when added.</summary>
    public bool Relate(RelationshipType type, string fromId, string toId, Dictionary<string, object?>? properties = null)
    {
        if (fromId == toId || !_relationshipKeys.Add(new RelationshipKey(type, fromId, toId)))
        {
            return false;
        }
        _relationships.Add(new RelationshipRecord
        {
            Type = type,
            FromId = fromId,
            ToId = toId,
            Properties = properties ?? PropertyValues.Empty,
            Sources = _sources,
        });
        return true;
    }

    public SeedGraph ToSeedGraph() => new(_nodes, _relationships);

    public bool Chance(double probability) => Random.Double() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Number(0, items.Count - 1)];

    /// <summary>An index drawn with the given relative weights.</summary>
    public int PickWeighted(IReadOnlyList<int> weights)
    {
        var total = weights.Sum();
        var draw = Random.Number(0, total - 1);
        for (var i = 0; i < weights.Count; i++)
        {
            draw -= weights[i];
            if (draw < 0)
            {
                return i;
            }
        }
        return weights.Count - 1;
    }

    public T PickWeighted<T>(IReadOnlyList<(T Item, int Weight)> table) => table[PickWeighted(table.Select(t => t.Weight).ToList())].Item;

    private static string Prefix(NodeLabel label) => label switch
    {
        NodeLabel.Institution => "inst",
        NodeLabel.Network => "net",
        NodeLabel.Meeting => "meet",
        NodeLabel.Theme => "theme",
        NodeLabel.Responsibility => "resp",
        NodeLabel.FeedbackItem => "fb",
        NodeLabel.PolicyChange => "policy",
        NodeLabel.Territory => "terr",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, null),
    };
}
