using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Benchmarks;

/// <summary>The graph questions of docs/architecture.md §3, in the order the report lists them.</summary>
internal static class Questions
{
    public const string BuildName = "GraphAnalysis.Build";
    public const string BuildBound = "O(V + R + Σ members²)";

    public static double BuildScale(SizeFacts size) => size.Relationships + (double)size.CoordinationLinks;

    public static IReadOnlyList<Question> For(Subjects subjects) =>
    [
        new("coordination, depth 1 (hub)", "O(reached + their links)", (_, answer) => answer,
            a => a.Coordination(subjects.Hub, 1, null)),
        new("coordination, depth 2 (hub)", "O(reached + their links)", (_, answer) => answer,
            a => a.Coordination(subjects.Hub, 2, null), TargetMilliseconds: 5),
        new("path between two far NGOs", "O(V + E) worst case", (s, _) => s.Institutions + (double)s.CoordinationLinks,
            a => a.Path(subjects.From, subjects.To, null, AnalysisLimits.MaxPathDepth)),
        new("coordination matrix", "O(E)", (s, _) => s.CoordinationLinks,
            a => a.CoordinationMatrix(null)),
        new("coverage gaps", "O(R + holder pairs)", (s, _) => s.Relationships,
            a => a.CoverageGaps(null, null, null), TargetMilliseconds: 100, CachedPerInstance: true),
        new("feedback trace", "O(steps of one item)", (_, _) => 1,
            a => a.FeedbackTrace(subjects.FeedbackItem)),
        new("brokers (betweenness, top 10)", "O(V·E)", (s, _) => s.Institutions * (double)s.CoordinationLinks,
            a => a.Brokers(10, null), TargetMilliseconds: 2000, CachedPerInstance: true),
        new("dashboard", "O(V + R) + gaps + all traces", (s, _) => s.Nodes + (double)s.Relationships,
            a => a.Dashboard(), CachedPerInstance: true),
    ];

    /// <summary>How big an answer was, for the table: a time means little without what it returned.</summary>
    public static int CountOf(object? answer) => answer switch
    {
        IReadOnlyList<CoordinationLink> links => links.Count,
        IReadOnlyList<CoverageGap> gaps => gaps.Count,
        GraphPath path => path.Length,
        FeedbackTrace trace => trace.Steps.Count,
        _ => 1,
    };

    public static string DescribeAnswer(object? answer) => answer switch
    {
        null => $"no path within {AnalysisLimits.MaxPathDepth} hops",
        GraphPath path => $"{path.Length} hops",
        CoordinationMatrix matrix => $"{matrix.Cells.Count} cells",
        FeedbackTrace trace => $"{trace.Steps.Count} steps",
        IReadOnlyList<CoordinationLink> links => $"{links.Count:N0} institutions",
        IReadOnlyList<CoverageGap> gaps => $"{gaps.Count:N0} gaps",
        IReadOnlyList<BrokerScore> brokers => $"top {brokers.Count}",
        Dashboard dashboard => $"{dashboard.FeedbackItems:N0} items",
        GraphAnalysis => "",
        _ => answer.GetType().Name,
    };
}
