namespace NetworkGraph.Core.Analysis;

/// <summary>The counts a dashboard shows; every enumeration value is listed, zeros included, so charts keep their axes.</summary>
internal static class DashboardCalculator
{
    public static Dashboard Compute(GraphIndex graph, IReadOnlyCollection<FeedbackTrace> traces, IReadOnlyList<CoverageGap> gaps)
    {
        var institutions = graph.NodesOf(NodeLabel.Institution);
        var networks = graph.NodesOf(NodeLabel.Network);
        var items = graph.NodesOf(NodeLabel.FeedbackItem);
        return Summarise(
            graph,
            CountBy(institutions, node => node.GetEnum<GovernanceLevel>("level")),
            CountBy(institutions, node => node.GetEnum<ActorKind>("kind")),
            CountBy(networks, node => node.GetEnum<NetworkKind>("kind")),
            CountBy(items, node => node.GetEnum<FeedbackStatus>("status")),
            traces,
            gaps);
    }

    /// <summary>
    /// The dashboard after writes that touched <paramref name="touched"/>: each node counts by its own properties, so
    /// the counts of <paramref name="previous"/> lose the touched nodes as they were and gain them as they are.
    /// </summary>
    public static Dashboard Patch(
        Dashboard previous, GraphIndex before, GraphIndex after, IReadOnlyCollection<string> touched,
        IReadOnlyCollection<FeedbackTrace> traces, IReadOnlyList<CoverageGap> gaps)
    {
        var was = touched.Select(before.Node).OfType<NodeRecord>().ToList();
        var @is = touched.Select(after.Node).OfType<NodeRecord>().ToList();
        IReadOnlyList<Count<TKey>> Adjusted<TKey>(IReadOnlyList<Count<TKey>> counts, NodeLabel label, string property)
            where TKey : struct, Enum
        {
            var values = counts.ToDictionary(count => count.Key, count => count.Value);
            foreach (var (nodes, change) in new[] { (was, -1), (@is, 1) })
            {
                foreach (var node in nodes)
                {
                    if (node.Label == label && node.GetEnum<TKey>(property) is { } key)
                    {
                        values[key] += change;
                    }
                }
            }
            return counts.Select(count => new Count<TKey>(count.Key, values[count.Key])).ToList().AsReadOnly();
        }
        return Summarise(
            after,
            Adjusted(previous.InstitutionsByLevel, NodeLabel.Institution, "level"),
            Adjusted(previous.InstitutionsByKind, NodeLabel.Institution, "kind"),
            Adjusted(previous.NetworksByKind, NodeLabel.Network, "kind"),
            Adjusted(previous.FeedbackByStatus, NodeLabel.FeedbackItem, "status"),
            traces,
            gaps);
    }

    private static Dashboard Summarise(
        GraphIndex graph, IReadOnlyList<Count<GovernanceLevel>> byLevel, IReadOnlyList<Count<ActorKind>> byKind,
        IReadOnlyList<Count<NetworkKind>> networksByKind, IReadOnlyList<Count<FeedbackStatus>> feedbackByStatus,
        IReadOnlyCollection<FeedbackTrace> traces, IReadOnlyList<CoverageGap> gaps)
    {
        var items = graph.NodesOf(NodeLabel.FeedbackItem).Count;
        var resolutionDays = traces.Select(trace => trace.DaysToResolution).OfType<double>().Order().ToList();
        return new Dashboard(
            graph.NodesOf(NodeLabel.Institution).Count,
            byLevel,
            byKind,
            graph.NodesOf(NodeLabel.Network).Count,
            networksByKind,
            items,
            feedbackByStatus,
            Median(resolutionDays),
            items == 0 ? null : (double)traces.Count(trace => trace.LoopClosed) / items,
            CountBy(gaps, gap => (Severity?)gap.Severity));
    }

    // A loop over counters by value: at 100,000 institutions a grouping that boxes every key took most of the dashboard's time.
    private static IReadOnlyList<Count<TKey>> CountBy<TItem, TKey>(IReadOnlyList<TItem> items, Func<TItem, TKey?> key)
        where TKey : struct, Enum
    {
        var values = Enum.GetValues<TKey>();
        var counts = new int[values.Length];
        foreach (var item in items)
        {
            if (key(item) is { } value)
            {
                counts[Array.IndexOf(values, value)]++;
            }
        }
        return values.Select((value, i) => new Count<TKey>(value, counts[i])).ToList().AsReadOnly();
    }

    private static double? Median(List<double> sorted) => sorted.Count switch
    {
        0 => null,
        var count when count % 2 == 1 => sorted[count / 2],
        var count => (sorted[(count / 2) - 1] + sorted[count / 2]) / 2,
    };
}
