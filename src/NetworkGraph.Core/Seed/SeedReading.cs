using System.Text.Json;
using NetworkGraph.Core.Schema;
using NetworkGraph.Core.Territories;

namespace NetworkGraph.Core.Seed;

/// <summary>
/// What the seed files read so far add up to: their nodes and relationships, the label of every
/// id (so that a later file may point to an earlier file's nodes) and every problem found.
/// </summary>
internal sealed class SeedReading(Func<string, NodeLabel?>? existingLabel)
{
    private readonly List<NodeRecord> _nodes = [];
    private readonly List<RelationshipRecord> _relationships = [];
    private readonly Dictionary<string, NodeLabel> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<RelationshipKey, string> _relationshipOrigin = [];
    private readonly Dictionary<(RelationshipType, string), string> _onePerStart = [];
    private readonly List<(string Where, RelationshipRecord Relationship)> _locations = [];

    public List<string> Problems { get; } = [];

    public SeedGraph ToGraph()
    {
        if (new TerritoryTree(_relationships).FindCycle() is { } cycle)
        {
            Problems.Add($"WITHIN goes round in a circle: {string.Join(" -> ", cycle)}");
        }
        return Problems.Count > 0 ? throw new SeedFormatException(Problems) : new SeedGraph(_nodes, _relationships);
    }

    /// <summary>Adds a file's nodes; they are checked against the model once all of the file's ids are known.</summary>
    public void AddNodes(string fileName, JsonElement root, Dictionary<string, SourceRef> catalog, bool illustrative)
    {
        var fileNodes = new List<(string Where, NodeRecord Node)>();
        foreach (var (index, entry) in SeedJson.Entries(root, "nodes"))
        {
            var where = $"{fileName}: nodes[{index}]";
            var node = SeedEntries.ReadNode(entry, catalog, where, Problems);
            if (node is null)
            {
                continue;
            }
            where += $" (id '{node.Id}')";
            if (!_labels.TryAdd(node.Id, node.Label))
            {
                Problems.Add($"{where}: the id is used twice");
                continue;
            }
            if (illustrative && !node.GetBool("illustrative"))
            {
                Problems.Add($"{where}: every node of an illustrative file must have \"illustrative\": true");
            }
            fileNodes.Add((where, TakeTerritory(where, node)));
        }
        foreach (var (where, node) in fileNodes)
        {
            Problems.AddRange(GraphValidator.ValidateNode(node).Select(p => $"{where}: {p}"));
            _nodes.Add(node);
        }
    }

    /// <summary>
    /// Adds a file's relationships, whose ends may be nodes of this file, of earlier ones or already stored; first
    /// the LOCATED_IN its institutions' <c>territory</c> keys stand for.
    /// </summary>
    public void AddRelationships(string fileName, JsonElement root, Dictionary<string, SourceRef> catalog)
    {
        foreach (var (where, located) in _locations)
        {
            if (LabelOf(located.ToId) is not NodeLabel.Territory)
            {
                Problems.Add($"{where}: 'territory' names '{located.ToId}', which is not a Territory");
                continue;
            }
            Add(where, located);
        }
        _locations.Clear();
        foreach (var (index, entry) in SeedJson.Entries(root, "relationships"))
        {
            var where = $"{fileName}: relationships[{index}]";
            var relationship = SeedEntries.ReadRelationship(entry, catalog, where, Problems);
            if (relationship is not null)
            {
                Add($"{where} ({ConstantCase.ToText(relationship.Type)} '{relationship.FromId}' -> '{relationship.ToId}')", relationship);
            }
        }
    }

    private void Add(string where, RelationshipRecord relationship)
    {
        if (!_relationshipOrigin.TryAdd(relationship.Key, where))
        {
            Problems.Add($"{where}: the same relationship is already given at {_relationshipOrigin[relationship.Key]}");
            return;
        }
        if (GraphSchema.Relationships[relationship.Type].OnePerStart
            && !_onePerStart.TryAdd((relationship.Type, relationship.FromId), where))
        {
            Problems.Add($"{where}: '{relationship.FromId}' already has its {ConstantCase.ToText(relationship.Type)} at "
                + _onePerStart[(relationship.Type, relationship.FromId)]);
            return;
        }
        Problems.AddRange(GraphValidator.ValidateRelationship(relationship, LabelOf).Select(p => $"{where}: {p}"));
        if (relationship.Type == RelationshipType.RefersTo && relationship.GetString("theme") is { } theme
            && LabelOf(theme) != NodeLabel.Theme)
        {
            Problems.Add($"{where}: property 'theme' names '{theme}', which is not a Theme");
        }
        _relationships.Add(relationship);
    }

    /// <summary>
    /// An institution's <c>"territory": "&lt;territory id&gt;"</c> is its LOCATED_IN, sourced like the institution;
    /// it is checked with the file's relationships, once every territory of the file is known.
    /// </summary>
    private NodeRecord TakeTerritory(string where, NodeRecord node)
    {
        if (node.Label != NodeLabel.Institution || !node.Properties.TryGetValue("territory", out var territory))
        {
            return node;
        }
        if (territory is not string territoryId)
        {
            Problems.Add($"{where}: 'territory' must be the id of a Territory");
            return node;
        }
        var located = new RelationshipRecord { Type = RelationshipType.LocatedIn, FromId = node.Id, ToId = territoryId, Sources = node.Sources };
        _locations.Add(($"{where}: territory", located));
        var properties = new Dictionary<string, object?>(node.Properties, StringComparer.Ordinal);
        properties.Remove("territory");
        return node with { Properties = properties };
    }

    private NodeLabel? LabelOf(string id) => _labels.TryGetValue(id, out var label) ? label : existingLabel?.Invoke(id);
}
