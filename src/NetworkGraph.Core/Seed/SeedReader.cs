using System.Text.Json;
using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Schema;

namespace NetworkGraph.Core.Seed;

/// <summary>
/// Reads seed documents (format in seed/README.md) into nodes and relationships, checking every
/// entry against the model. Later files may point to nodes of earlier ones. All problems are
/// collected and reported together.
/// </summary>
public static partial class SeedReader
{
    private static readonly string[] _nodeKeys = ["label", "id", "sources"];
    private static readonly string[] _relationshipKeys = ["type", "from", "to", "sources"];

    /// <summary>Reads seed files whose relationships may also point to nodes that already exist elsewhere (an import into a store).</summary>
    public static SeedGraph Read(IEnumerable<SeedFile> files, Func<string, NodeLabel?> existingLabel) => ReadAll(files, existingLabel);

    public static SeedGraph Read(IEnumerable<SeedFile> files) => ReadAll(files, null);

    /// <summary>The ids a document's relationships name, for looking up the ones that already exist before reading it.</summary>
    public static IReadOnlySet<string> ReferencedIds(SeedFile file)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(file.Json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            foreach (var (_, entry) in Entries(document.RootElement, "relationships"))
            {
                foreach (var end in new[] { "from", "to", "theme" })
                {
                    if (entry.ValueKind == JsonValueKind.Object && OptionalString(entry, end) is { } id)
                    {
                        ids.Add(id);
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Read reports the malformed document with its position.
        }
        return ids;
    }

    private static SeedGraph ReadAll(IEnumerable<SeedFile> files, Func<string, NodeLabel?>? existingLabel)
    {
        var problems = new List<string>();
        var nodes = new List<NodeRecord>();
        var relationships = new List<RelationshipRecord>();
        var labels = new Dictionary<string, NodeLabel>(StringComparer.Ordinal);
        var relationshipOrigin = new Dictionary<RelationshipKey, string>();
        foreach (var file in files)
        {
            ReadFile(file, nodes, relationships, labels, relationshipOrigin, existingLabel, problems);
        }
        return problems.Count > 0 ? throw new SeedFormatException(problems) : new SeedGraph(nodes, relationships);
    }

    private static void ReadFile(
        SeedFile file, List<NodeRecord> nodes, List<RelationshipRecord> relationships,
        Dictionary<string, NodeLabel> labels, Dictionary<RelationshipKey, string> relationshipOrigin,
        Func<string, NodeLabel?>? existingLabel, List<string> problems)
    {
        NodeLabel? LabelOf(string id) => labels.TryGetValue(id, out var label) ? label : existingLabel?.Invoke(id);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(file.Json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            problems.Add($"{file.Name}: not valid JSON ({e.Message})");
            return;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{file.Name}: the top level must be an object with 'nodes' and 'relationships'");
                return;
            }
            var illustrative = root.TryGetProperty("illustrative", out var flag) && flag.ValueKind == JsonValueKind.True;
            var catalog = ReadCatalog(file.Name, root, problems);
            var fileNodes = new List<(string Where, NodeRecord Node)>();
            foreach (var (index, entry) in Entries(root, "nodes"))
            {
                var where = $"{file.Name}: nodes[{index}]";
                var node = ReadNode(entry, catalog, where, problems);
                if (node is null)
                {
                    continue;
                }
                where += $" (id '{node.Id}')";
                if (!labels.TryAdd(node.Id, node.Label))
                {
                    problems.Add($"{where}: the id is used twice");
                    continue;
                }
                if (illustrative && !node.GetBool("illustrative"))
                {
                    problems.Add($"{where}: every node of an illustrative file must have \"illustrative\": true");
                }
                fileNodes.Add((where, node));
            }
            foreach (var (where, node) in fileNodes)
            {
                problems.AddRange(GraphValidator.ValidateNode(node).Select(p => $"{where}: {p}"));
                nodes.Add(node);
            }
            foreach (var (index, entry) in Entries(root, "relationships"))
            {
                var where = $"{file.Name}: relationships[{index}]";
                var relationship = ReadRelationship(entry, catalog, where, problems);
                if (relationship is null)
                {
                    continue;
                }
                where += $" ({ConstantCase.ToText(relationship.Type)} '{relationship.FromId}' -> '{relationship.ToId}')";
                if (!relationshipOrigin.TryAdd(relationship.Key, where))
                {
                    problems.Add($"{where}: the same relationship is already given at {relationshipOrigin[relationship.Key]}");
                    continue;
                }
                var relationshipProblems = GraphValidator.ValidateRelationship(relationship, LabelOf);
                problems.AddRange(relationshipProblems.Select(p => $"{where}: {p}"));
                if (relationship.Type == RelationshipType.RefersTo && relationship.GetString("theme") is { } theme
                    && LabelOf(theme) != NodeLabel.Theme)
                {
                    problems.Add($"{where}: property 'theme' names '{theme}', which is not a Theme");
                }
                relationships.Add(relationship);
            }
        }
    }

    private static Dictionary<string, SourceRef> ReadCatalog(string fileName, JsonElement root, List<string> problems)
    {
        var catalog = new Dictionary<string, SourceRef>(StringComparer.Ordinal);
        if (!root.TryGetProperty("sourceCatalog", out var element))
        {
            return catalog;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{fileName}: 'sourceCatalog' must be an object");
            return catalog;
        }
        foreach (var entry in element.EnumerateObject())
        {
            var title = entry.Value.ValueKind == JsonValueKind.Object ? OptionalString(entry.Value, "title") : null;
            if (string.IsNullOrWhiteSpace(title))
            {
                problems.Add($"{fileName}: sourceCatalog '{entry.Name}' needs a title");
                continue;
            }
            catalog[entry.Name] = new SourceRef(title, OptionalString(entry.Value, "url"), OptionalString(entry.Value, "locator"));
        }
        return catalog;
    }

    private static IEnumerable<(int Index, JsonElement Entry)> Entries(JsonElement root, string name) =>
        root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select((entry, index) => (index, entry))
            : [];
}
