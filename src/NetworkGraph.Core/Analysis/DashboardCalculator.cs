namespace NetworkGraph.Core.Analysis;

/// <summary>The counts a dashboard shows; every enumeration value is listed, zeros included, so charts keep their axes.</summary>
internal static class DashboardCalculator
{
    public static Dashboard Compute(GraphIndex graph, IReadOnlyCollection<FeedbackTrace> traces, IReadOnlyList<CoverageGap> gaps)
    {
        var institutions = graph.NodesOf(NodeLabel.Institution);
        var networks = graph.NodesOf(NodeLabel.Network);
        var items = graph.NodesOf(NodeLabel.FeedbackItem);
        var resolutionDays = traces.Select(trace => trace.DaysToResolution).OfType<double>().Order().ToList();
        return new Dashboard(
            institutions.Count,
            CountBy(institutions, node => node.GetEnum<GovernanceLevel>("level")),
            CountBy(institutions, node => node.GetEnum<ActorKind>("kind")),
            networks.Count,
            CountBy(networks, node => node.GetEnum<NetworkKind>("kind")),
            items.Count,
            CountBy(items, node => node.GetEnum<FeedbackStatus>("status")),
            Median(resolutionDays),
            items.Count == 0 ? null : (double)traces.Count(trace => trace.LoopClosed) / items.Count,
            CountBy(gaps, gap => (Severity?)gap.Severity));
    }

    private static IReadOnlyList<Count<TKey>> CountBy<TItem, TKey>(IEnumerable<TItem> items, Func<TItem, TKey?> key)
        where TKey : struct, Enum
    {
        var counts = items.Select(key).OfType<TKey>().GroupBy(k => k).ToDictionary(group => group.Key, group => group.Count());
        return Enum.GetValues<TKey>().Select(k => new Count<TKey>(k, counts.GetValueOrDefault(k))).ToList().AsReadOnly();
    }

    private static double? Median(List<double> sorted) => sorted.Count switch
    {
        0 => null,
        var count when count % 2 == 1 => sorted[count / 2],
        var count => (sorted[(count / 2) - 1] + sorted[count / 2]) / 2,
    };
}
