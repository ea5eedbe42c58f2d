using System.Text.Json;
using NetworkGraph.Core.Schema;

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

    public List<string> Problems { get; } = [];

    public SeedGraph ToGraph() => Problems.Count > 0 ? throw new SeedFormatException(Problems) : new SeedGraph(_nodes, _relationships);

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
            fileNodes.Add((where, node));
        }
        foreach (var (where, node) in fileNodes)
        {
            Problems.AddRange(GraphValidator.ValidateNode(node).Select(p => $"{where}: {p}"));
            _nodes.Add(node);
        }
    }

    /// <summary>Adds a file's relationships, whose ends may be nodes of this file, of earlier ones or already stored.</summary>
    public void AddRelationships(string fileName, JsonElement root, Dictionary<string, SourceRef> catalog)
    {
        foreach (var (index, entry) in SeedJson.Entries(root, "relationships"))
        {
            var where = $"{fileName}: relationships[{index}]";
            var relationship = SeedEntries.ReadRelationship(entry, catalog, where, Problems);
            if (relationship is null)
            {
                continue;
            }
            where += $" ({ConstantCase.ToText(relationship.Type)} '{relationship.FromId}' -> '{relationship.ToId}')";
            if (!_relationshipOrigin.TryAdd(relationship.Key, where))
            {
                Problems.Add($"{where}: the same relationship is already given at {_relationshipOrigin[relationship.Key]}");
                continue;
            }
            Problems.AddRange(GraphValidator.ValidateRelationship(relationship, LabelOf).Select(p => $"{where}: {p}"));
            if (relationship.Type == RelationshipType.RefersTo && relationship.GetString("theme") is { } theme
                && LabelOf(theme) != NodeLabel.Theme)
            {
                Problems.Add($"{where}: property 'theme' names '{theme}', which is not a Theme");
            }
            _relationships.Add(relationship);
        }
    }

    private NodeLabel? LabelOf(string id) => _labels.TryGetValue(id, out var label) ? label : existingLabel?.Invoke(id);
}
