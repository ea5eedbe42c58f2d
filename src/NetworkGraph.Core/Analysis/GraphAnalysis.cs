using System.Collections.Concurrent;

namespace NetworkGraph.Core.Analysis;

/// <summary>
/// The graph questions of docs/architecture.md §3 over one snapshot. Built once, then read-only: one instance is
/// cached per store version and shared by concurrent requests, so everything computed lazily
/// (brokers per set of link kinds, gaps, traces, the dashboard) is computed at most once.
/// </summary>
public sealed class GraphAnalysis
{
    private readonly GraphIndex _graph;
    private readonly CoordinationGraph _coordination;
    private readonly FeedbackTraceBuilder _traces;
    private readonly ConcurrentDictionary<int, Lazy<BrokerScore[]>> _brokers = new();
    private readonly Lazy<IReadOnlyList<CoverageGap>> _gaps;
    private readonly Lazy<Dashboard> _dashboard;

    private GraphAnalysis(GraphSnapshot snapshot)
    {
        Version = snapshot.Version;
        _graph = new GraphIndex(snapshot);
        _coordination = CoordinationGraphBuilder.Build(_graph);
        _traces = new FeedbackTraceBuilder(_graph);
        _gaps = new(() => new CoverageGapFinder(_graph, _coordination).FindAll());
        _dashboard = new(() => DashboardCalculator.Compute(
            _graph, [.. _graph.NodesOf(NodeLabel.FeedbackItem).Select(_traces.Build)], _gaps.Value));
    }

    public static GraphAnalysis Build(GraphSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new GraphAnalysis(snapshot);
    }

    /// <summary>The store version of the snapshot this analysis answers for.</summary>
    public long Version { get; }

    public NodeRecord? Node(string id) => _graph.Node(id);

    /// <summary>Every other institution within <paramref name="depth"/> links, by distance then id, with the evidence of one shortest path.</summary>
    public IReadOnlyList<CoordinationLink> Coordination(string institutionId, int depth, IReadOnlyCollection<LinkKind>? via)
    {
        AnalysisLimits.EnsureInRange("depth", depth, AnalysisLimits.MinCoordinationDepth, AnalysisLimits.MaxCoordinationDepth);
        var mask = LinkKindMask.Of(via);
        var source = InstitutionIndex(institutionId);
        return CoordinationQueries.Neighbourhood(_coordination, source, depth, mask);
    }

    /// <summary>One shortest path with one piece of evidence per hop, or null when none is at most <paramref name="maxDepth"/> links long.</summary>
    public GraphPath? Path(string fromId, string toId, IReadOnlyCollection<LinkKind>? via, int maxDepth)
    {
        AnalysisLimits.EnsureInRange("maxDepth", maxDepth, AnalysisLimits.MinPathDepth, AnalysisLimits.MaxPathDepth);
        var mask = LinkKindMask.Of(via);
        var from = InstitutionIndex(fromId);
        var to = InstitutionIndex(toId);
        return CoordinationQueries.Path(_coordination, from, to, maxDepth, mask);
    }

    public CoordinationMatrix CoordinationMatrix(IReadOnlyCollection<LinkKind>? via) =>
        CoordinationMatrixCalculator.Compute(_coordination, LinkKindMask.Of(via));

    /// <summary>The coverage gaps of the given themes (all when null or empty), keeping those touching one of the levels and at least as severe as asked.</summary>
    public IReadOnlyList<CoverageGap> CoverageGaps(
        IReadOnlyCollection<string>? themeIds, IReadOnlyCollection<GovernanceLevel>? levels, Severity? minSeverity)
    {
        HashSet<string>? themes = null;
        if (themeIds is { Count: > 0 })
        {
            themes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in themeIds)
            {
                themes.Add(_graph.Require(id, NodeLabel.Theme).Id);
            }
        }
        var levelFilter = levels is { Count: > 0 } ? levels.ToHashSet() : null;
        return _gaps.Value
            .Where(gap => themes is null || themes.Contains(gap.ThemeId))
            .Where(gap => levelFilter is null || gap.Levels.Any(levelFilter.Contains))
            .Where(gap => minSeverity is null || gap.Severity >= minSeverity)
            .ToList();
    }

    public FeedbackTrace FeedbackTrace(string itemId) => _traces.Build(_graph.Require(itemId, NodeLabel.FeedbackItem));

    /// <summary>The <paramref name="top"/> institutions by betweenness, then degree, then id.</summary>
    public IReadOnlyList<BrokerScore> Brokers(int top, IReadOnlyCollection<LinkKind>? via)
    {
        AnalysisLimits.EnsureInRange("top", top, AnalysisLimits.MinBrokers, AnalysisLimits.MaxBrokers);
        var mask = LinkKindMask.Of(via);
        var ranked = _brokers.GetOrAdd(mask, m => new Lazy<BrokerScore[]>(() => BrokerRanking.Rank(_coordination, m))).Value;
        return ranked.Take(top).ToList();
    }

    public Dashboard Dashboard() => _dashboard.Value;

    private int InstitutionIndex(string id) => _coordination.IndexOf(_graph.Require(id, NodeLabel.Institution).Id);
}
