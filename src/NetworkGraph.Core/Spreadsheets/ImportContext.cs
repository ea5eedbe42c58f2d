namespace NetworkGraph.Core.Spreadsheets;

/// <summary>
/// The stored graph as an import sees it, and what the import has planned so far: the label and name of every node
/// after the import, the ids rows gave, the writes, the counts and the problems.
/// </summary>
internal sealed class ImportContext
{
    private readonly Dictionary<string, List<string>> _idsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _nameOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _created = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _updated = new(StringComparer.Ordinal);

    public ImportContext(GraphSnapshot current)
    {
        foreach (var node in current.Nodes)
        {
            Stored[node.Id] = node;
            Labels[node.Id] = node.Label;
            Name(node.Id, node.DisplayName);
        }
        foreach (var relationship in current.Relationships)
        {
            StoredRelationships[relationship.Key] = relationship;
            if (Schema.GraphSchema.Relationships[relationship.Type].OnePerStart)
            {
                StoredOnePerStart[(relationship.Type, relationship.FromId)] = relationship;
            }
        }
    }

    public Dictionary<string, NodeRecord> Stored { get; } = new(StringComparer.Ordinal);
    public Dictionary<RelationshipKey, RelationshipRecord> StoredRelationships { get; } = [];
    public Dictionary<(RelationshipType Type, string FromId), RelationshipRecord> StoredOnePerStart { get; } = [];

    /// <summary>The label of every node once the import is written: stored and created.</summary>
    public Dictionary<string, NodeLabel> Labels { get; } = new(StringComparer.Ordinal);

    /// <summary>The node each ID cell of the Elements sheet came to stand for.</summary>
    public Dictionary<string, string> RowIds { get; } = new(StringComparer.Ordinal);

    public ImportProblems Problems { get; } = new();
    public List<GraphWrite> NodeWrites { get; } = [];
    public List<GraphWrite> RelationshipDeletes { get; } = [];
    public List<GraphWrite> RelationshipPuts { get; } = [];
    public List<NodeRecord> Before { get; } = [];
    public List<RelationshipRecord> ImportedWithin { get; } = [];
    public int Unchanged { get; set; }

    /// <summary>Records the name a node goes by after the import, for rows that name it by its Label.</summary>
    public void Name(string id, string name)
    {
        if (_nameOf.Remove(id, out var previous))
        {
            _idsByName[previous].Remove(id);
        }
        var folded = SearchText.Fold(name.Trim());
        _nameOf[id] = folded;
        (_idsByName.TryGetValue(folded, out var ids) ? ids : _idsByName[folded] = []).Add(id);
    }

    /// <summary>The nodes of the given labels with this name, ignoring case and accents.</summary>
    public IReadOnlyList<string> Named(string name, IReadOnlyCollection<NodeLabel> labels) =>
        _idsByName.TryGetValue(SearchText.Fold(name.Trim()), out var ids) ? [.. ids.Where(id => labels.Contains(Labels[id]))] : [];

    /// <summary>The node a cell names: an ID of the Elements sheet, a node id, else a unique Label among the allowed labels.</summary>
    public (string? Id, string? Problem) Resolve(string name, IReadOnlyList<NodeLabel> allowed)
    {
        var text = name.Trim();
        if (RowIds.TryGetValue(text, out var id) || Labels.ContainsKey(text))
        {
            return (id ?? text, null);
        }
        var named = Named(text, allowed);
        var expected = string.Join(" or ", allowed);
        return named.Count switch
        {
            1 => (named[0], null),
            0 => (null, $"'{text}' names no {expected}: give the ID or the Label of one."),
            _ => (null, $"'{text}' is the Label of {named.Count} nodes ({string.Join(", ", named.Order(StringComparer.Ordinal))}): give the ID instead."),
        };
    }

    public void Count(bool created, string kind)
    {
        var counts = created ? _created : _updated;
        counts[kind] = counts.GetValueOrDefault(kind) + 1;
    }

    public ImportReport Report(bool dryRun) => new(dryRun, Sorted(_created), Sorted(_updated), Unchanged, Problems.ToList());

    private static SortedDictionary<string, int> Sorted(Dictionary<string, int> counts) => new(counts, StringComparer.Ordinal);
}
