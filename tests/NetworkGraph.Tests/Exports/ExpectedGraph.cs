using System.Text.Json.Nodes;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Exports;

/// <summary>What the exports must hold, asked of the GraphQL API: the tests compare every export with these answers.</summary>
public static class ExpectedGraph
{
    public sealed record Institution(string Id, string Name, string Level, string Kind, string Territory, bool Illustrative);

    public sealed record Link(string Source, string Target, int Weight, string Kinds);

    public static readonly string[] LinkKinds = ["SHARED_NETWORK", "REFERRAL", "FUNDING", "HIERARCHY", "SHARED_MEETING"];

    /// <summary>The root lists of every label, with the name a person reads.</summary>
    public static readonly (string List, string Where, string Type, string NameField)[] Labels =
    [
        ("institutions", "InstitutionWhere", "Institution", "name"), ("networks", "NetworkWhere", "Network", "name"),
        ("meetings", "MeetingWhere", "Meeting", "title"), ("themes", "ThemeWhere", "Theme", "name"),
        ("responsibilities", "ResponsibilityWhere", "Responsibility", "title"), ("feedbackItems", "FeedbackItemWhere", "FeedbackItem", "title"),
        ("policyChanges", "PolicyChangeWhere", "PolicyChange", "title"), ("territories", "TerritoryWhere", "Territory", "name"),
    ];

    public static async Task<List<Institution>> InstitutionsAsync(NetworkGraphApp app, object? where = null) =>
    [
        .. (await app.AllAsync("institutions", "InstitutionWhere", "id name level kind illustrative territory { id }", where: where)).Select(node => new Institution(
            node.Text("id"), node.Text("name"), node.Text("level"), node.Text("kind"), node["territory"]?["id"]?.GetValue<string>() ?? "",
            node["illustrative"]!.GetValue<bool>())),
    ];

    /// <summary>
    /// Every coordination link between the given institutions, from each one's <c>coordination</c> at depth 1: a
    /// partner at distance 1 comes with all the evidence of the link of the allowed kinds.
    /// </summary>
    public static async Task<List<Link>> LinksAsync(NetworkGraphApp app, IReadOnlyCollection<string> institutions, string[]? via = null)
    {
        var links = new SortedDictionary<(string, string), Link>();
        foreach (var id in institutions)
        {
            var data = await app.QueryAsync(
                "query($id: ID!, $via: [LinkKind!]) { coordination(institutionId: $id, depth: 1, via: $via) { institution { id } distance evidence { kind } } }",
                new { id, via });
            foreach (var partner in data["coordination"]!.AsArray().Select(link => link!))
            {
                var other = partner["institution"]!.Text("id");
                if (!institutions.Contains(other) || string.CompareOrdinal(id, other) > 0)
                {
                    continue;
                }
                var kinds = partner["evidence"]!.AsArray().Select(evidence => evidence!.Text("kind")).ToList();
                links[(id, other)] = new Link(id, other, kinds.Count, string.Join('|', LinkKinds.Where(kinds.Contains)));
            }
        }
        return [.. links.Values];
    }

    /// <summary>Every node the caller may see: id, then its label and the name or title.</summary>
    public static async Task<SortedDictionary<string, (string Type, string Name)>> NodesAsync(NetworkGraphApp app, string token)
    {
        var nodes = new SortedDictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var (list, where, type, nameField) in Labels)
        {
            foreach (var node in await app.AllAsync(list, where, $"id {nameField}", token))
            {
                nodes.Add(node.Text("id"), (type, node.Text(nameField)));
            }
        }
        return nodes;
    }

    public static JsonNode? Find(this IEnumerable<JsonNode> elements, string id) => elements.SingleOrDefault(element => element.Text("id") == id);
}
