namespace NetworkGraph.Core.Territories;

/// <summary>
/// The territories as WITHIN makes them: each lies within at most one other (Bilbao within Bizkaia within the
/// Basque Country within Spain within the European Union). Walks guard against cycles, which the model refuses
/// but a store edited by hand could hold.
/// </summary>
public sealed class TerritoryTree
{
    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _children = new(StringComparer.Ordinal);

    public TerritoryTree(IEnumerable<RelationshipRecord> relationships)
    {
        foreach (var within in relationships.Where(r => r.Type == RelationshipType.Within))
        {
            if (_parent.TryAdd(within.FromId, within.ToId))
            {
                (_children.TryGetValue(within.ToId, out var children) ? children : _children[within.ToId] = []).Add(within.FromId);
            }
        }
    }

    /// <summary>The territory it lies within directly, or null.</summary>
    public string? Parent(string id) => _parent.GetValueOrDefault(id);

    /// <summary>The territories that contain it, nearest first.</summary>
    public IEnumerable<string> Ancestors(string id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { id };
        for (var current = Parent(id); current is not null && seen.Add(current); current = Parent(current))
        {
            yield return current;
        }
    }

    /// <summary>The territories given and every territory within one of them, at any depth.</summary>
    public HashSet<string> WithDescendants(IEnumerable<string> ids)
    {
        var found = new HashSet<string>(ids, StringComparer.Ordinal);
        var frontier = new Queue<string>(found);
        while (frontier.TryDequeue(out var id))
        {
            foreach (var child in _children.GetValueOrDefault(id) ?? [])
            {
                if (found.Add(child))
                {
                    frontier.Enqueue(child);
                }
            }
        }
        return found;
    }

    /// <summary>
    /// The territories whose institutions act on <paramref name="id"/>: itself, those within it and those that
    /// contain it (scoping to Bilbao keeps the Basque Government and the State's offices).
    /// </summary>
    public HashSet<string> Scope(string id)
    {
        var scope = WithDescendants([id]);
        scope.UnionWith(Ancestors(id));
        return scope;
    }

    /// <summary>A chain of WITHIN that comes back to where it started, as ids in order, or null when there is none.</summary>
    public IReadOnlyList<string>? FindCycle()
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in _parent.Keys.Order(StringComparer.Ordinal))
        {
            var path = new List<string>();
            var onPath = new HashSet<string>(StringComparer.Ordinal);
            for (var current = start; current is not null && !done.Contains(current); current = Parent(current))
            {
                if (!onPath.Add(current))
                {
                    return [.. path.SkipWhile(id => id != current), current];
                }
                path.Add(current);
            }
            done.UnionWith(path);
        }
        return null;
    }
}
