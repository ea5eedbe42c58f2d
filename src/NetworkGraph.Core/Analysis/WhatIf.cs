namespace NetworkGraph.Core.Analysis;

/// <summary>
/// What removing some institutions and networks would break, against the graph as it is (nothing is written). The
/// graph after the removal is an analysis of its own (<see cref="After"/>), patched from the one before.
/// </summary>
public sealed record WhatIfResult(
    long LostPairs,
    IReadOnlyList<string> IsolatedIds,
    int ComponentsBefore,
    int ComponentsAfter,
    IReadOnlyList<CoverageGap> NewGaps,
    IReadOnlyList<GraphPath> CutPathways,
    IReadOnlyList<string> StrandedFeedbackIds,
    GraphAnalysis After);

/// <summary>Compares an analysis with the same graph less some nodes (docs/architecture.md §3, "What if").</summary>
internal static class WhatIfComparison
{
    public const int MaxRemoved = 20;

    private static readonly HashSet<FeedbackStatus> _closed = [FeedbackStatus.Resolved, FeedbackStatus.ReportedBack, FeedbackStatus.Declined];

    public static WhatIfResult Run(GraphAnalysis before, IReadOnlyList<string> remove, int mask)
    {
        if (remove.Count is 0 or > MaxRemoved)
        {
            throw new AnalysisInputException($"'remove' names {remove.Count} ids; it takes 1 to {MaxRemoved} institutions or networks.");
        }
        var removed = remove.Select(id => RemovableId(before.Graph, id)).ToHashSet(StringComparer.Ordinal);
        var after = before.Without(removed);
        var (graphBefore, graphAfter) = (before.CoordinationGraph, after.CoordinationGraph);
        var (adjacencyBefore, adjacencyAfter) = (graphBefore.Restrict(mask), graphAfter.Restrict(mask));
        var (componentsBefore, componentsAfter) = (new Components(adjacencyBefore), new Components(adjacencyAfter));
        // Institutions that remain, by their index in the graph after (which may still number the removed ones).
        var remaining = Enumerable.Range(0, graphAfter.Count).Where(node => !removed.Contains(graphAfter.Ids[node])).ToList();

        long linkedBefore = 0, linkedAfter = 0;
        foreach (var group in remaining.GroupBy(node => componentsBefore.Of(graphBefore.IndexOf(graphAfter.Ids[node]))))
        {
            linkedBefore += Pairs(group.Count());
        }
        foreach (var group in remaining.GroupBy(componentsAfter.Of))
        {
            linkedAfter += Pairs(group.Count());
        }
        var isolated = remaining
            .Where(node => adjacencyAfter.Degree(node) == 0 && adjacencyBefore.Degree(graphBefore.IndexOf(graphAfter.Ids[node])) > 0)
            .Select(node => graphAfter.Ids[node])
            .ToList();

        return new WhatIfResult(
            linkedBefore - linkedAfter,
            isolated,
            componentsBefore.Count,
            remaining.Select(componentsAfter.Of).Distinct().Count(),
            NewGaps(before, after),
            CutPathways(before, after, removed),
            Stranded(before, removed, node => componentsBefore.Of(graphBefore.IndexOf(node)), node => componentsAfter.Of(graphAfter.IndexOf(node))),
            after);
    }

    private static long Pairs(long k) => k * (k - 1) / 2;

    private static string RemovableId(GraphIndex graph, string id)
    {
        var node = graph.Node(id) ?? throw new GraphNotFoundException($"No institution or network has the id '{id}'.");
        return node.Label is NodeLabel.Institution or NodeLabel.Network
            ? node.Id
            : throw new GraphNotFoundException($"'{id}' is a {node.Label}, not an institution or a network.");
    }

    private static List<CoverageGap> NewGaps(GraphAnalysis before, GraphAnalysis after)
    {
        static string Key(CoverageGap gap) => $"{gap.ThemeId}|{gap.Kind}|{string.Join(',', gap.Levels)}";
        var existing = before.CoverageGaps(null, null, null).Select(Key).ToHashSet(StringComparer.Ordinal);
        return [.. after.CoverageGaps(null, null, null).Where(gap => !existing.Contains(Key(gap)))];
    }

    /// <summary>
    /// Every referral chain a -&gt; r -&gt; b through a removed institution r after which a can no longer reach b by
    /// referrals at all, as its two hops.
    /// </summary>
    private static List<GraphPath> CutPathways(GraphAnalysis before, GraphAnalysis after, HashSet<string> removed)
    {
        var referrals = after.Graph.OfType(RelationshipType.RefersTo).ToLookup(r => r.FromId, r => r.ToId, StringComparer.Ordinal);
        var cut = new List<GraphPath>();
        foreach (var through in removed.Order(StringComparer.Ordinal).Where(id => before.Graph.Is(id, NodeLabel.Institution)))
        {
            var senders = before.Graph.Incoming(through, RelationshipType.RefersTo).Select(r => r.FromId).Where(id => !removed.Contains(id)).Distinct().Order(StringComparer.Ordinal);
            var receivers = before.Graph.Outgoing(through, RelationshipType.RefersTo).Select(r => r.ToId).Where(id => !removed.Contains(id)).Distinct().Order(StringComparer.Ordinal).ToList();
            foreach (var from in senders)
            {
                var reachable = Reachable(from, referrals);
                cut.AddRange(receivers
                    .Where(to => to != from && !reachable.Contains(to))
                    .Select(to => new GraphPath([Referral(before, from, through), Referral(before, through, to)])));
            }
        }
        return cut;
    }

    private static HashSet<string> Reachable(string from, ILookup<string, string> referrals)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var next in referrals[node].Where(seen.Add))
            {
                queue.Enqueue(next);
            }
        }
        return seen;
    }

    private static LinkEvidence Referral(GraphAnalysis analysis, string from, string to)
    {
        var graph = analysis.CoordinationGraph;
        var fact = graph.Between(graph.IndexOf(from), graph.IndexOf(to))!.Evidence
            .First(fact => fact.Kind == LinkKind.Referral && fact.FromId == from && fact.ToId == to);
        return analysis.Descriptions.Walked(fact, from, to);
    }

    /// <summary>
    /// Open feedback items whose raising institution (not removed) could reach, before, an institution holding a
    /// responsibility on the item's theme, and after the removal reaches none that remains.
    /// </summary>
    private static List<string> Stranded(GraphAnalysis before, HashSet<string> removed, Func<string, int> componentBefore, Func<string, int> componentAfter)
    {
        var graph = before.Graph;
        var stranded = new List<string>();
        foreach (var item in graph.NodesOf(NodeLabel.FeedbackItem))
        {
            if (item.GetEnum<FeedbackStatus>("status") is { } status && _closed.Contains(status))
            {
                continue;
            }
            var raiser = graph.Incoming(item.Id, RelationshipType.Raised).Select(r => r.FromId).FirstOrDefault(id => graph.Is(id, NodeLabel.Institution));
            if (raiser is null || removed.Contains(raiser))
            {
                continue;
            }
            var actors = graph.Outgoing(item.Id, RelationshipType.About)
                .SelectMany(about => graph.Incoming(about.ToId, RelationshipType.OnTheme))
                .SelectMany(responsibility => graph.Incoming(responsibility.FromId, RelationshipType.Holds))
                .Select(holds => holds.FromId)
                .Where(id => graph.Is(id, NodeLabel.Institution))
                .ToHashSet(StringComparer.Ordinal);
            if (actors.Count == 0 || actors.Contains(raiser))
            {
                continue;
            }
            var reachedBefore = actors.Any(actor => componentBefore(actor) == componentBefore(raiser));
            var reachedAfter = actors.Any(actor => !removed.Contains(actor) && componentAfter(actor) == componentAfter(raiser));
            if (reachedBefore && !reachedAfter)
            {
                stranded.Add(item.Id);
            }
        }
        return stranded;
    }
}
