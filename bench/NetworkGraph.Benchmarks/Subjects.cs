using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Seed;

namespace NetworkGraph.Benchmarks;

/// <summary>
/// What the questions are asked about: the institution in most networks (a well-connected hub),
/// two NGOs in the first and the last municipality generated (a different province, and at larger
/// sizes a different region and country), and a feedback item whose loop closed.
/// </summary>
internal sealed record Subjects(string Hub, string From, string To, string FeedbackItem)
{
    public static Subjects Pick(SeedGraph graph)
    {
        var memberships = graph.Relationships
            .Where(r => r.Type == RelationshipType.MemberOf)
            .GroupBy(r => r.FromId)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var institutions = graph.Nodes.Where(n => n.Label == NodeLabel.Institution).ToList();
        var hub = institutions.OrderByDescending(n => memberships.GetValueOrDefault(n.Id)).ThenBy(n => n.Id, StringComparer.Ordinal).First();
        var councils = institutions.Where(n => n.GetString("level") == "MUNICIPAL" && n.GetString("kind") == "PUBLIC_AUTHORITY").ToList();
        string MemberNgoIn(NodeRecord council) =>
            institutions.FirstOrDefault(n => n.GetString("territory") == council.GetString("territory")
                && n.GetString("kind") == "NGO" && memberships.ContainsKey(n.Id))?.Id ?? council.Id;
        var items = graph.Nodes.Where(n => n.Label == NodeLabel.FeedbackItem).ToList();
        var item = items.FirstOrDefault(n => n.GetString("status") == "REPORTED_BACK") ?? items[0];
        return new Subjects(hub.Id, MemberNgoIn(councils[0]), MemberNgoIn(councils[^1]), item.Id);
    }
}
