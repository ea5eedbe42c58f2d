using System.Collections.Concurrent;
using NetworkGraph.Core.Territories;

namespace NetworkGraph.Core.Analysis;

/// <summary>
/// The graph questions of docs/architecture.md §3 over one snapshot. Built once, then read-only: one instance is
/// cached per store version and shared by concurrent requests, so everything computed lazily
/// (brokers per set of link kinds, gaps, traces, the dashboard) is computed at most once.
/// </summary>
public sealed partial class GraphAnalysis
{
    private readonly GraphIndex _graph;
    private readonly CoordinationGraph _coordination;
    private readonly EvidenceDescriptions _descriptions;
    private readonly FeedbackTraceBuilder _traces;
    private readonly ConcurrentDictionary<int, Lazy<RankedBrokers>> _brokers;
    private readonly ConcurrentDictionary<int, Lazy<BrokerageRoleSet>> _roles;
    private readonly ConcurrentDictionary<int, Lazy<CoordinationMatrix>> _matrices = new();
    private readonly BetweennessSettings _betweenness;
    private readonly Lazy<CoverageGapSet> _gaps;
    private readonly Lazy<FeedbackTraceSet> _allTraces;
    private readonly Lazy<Dashboard> _dashboard;
    private readonly ConcurrentDictionary<string, Lazy<GraphAnalysis>> _scopes = new(StringComparer.Ordinal);
    private readonly LinkTimeline _timeline;

    /// <summary>Scoped analyses kept per analysis; beyond this many territories asked for, the oldest are rebuilt when asked again.</summary>
    private const int MaxScopes = 64;

    // For a territory's analysis, whole is the whole graph's: its feedback traces keep every step.
    // The snapshot holds the relationships that hold on the date; the timeline, every dated one.
    private GraphAnalysis(GraphSnapshot snapshot, BetweennessSettings betweenness, LinkTimeline timeline, DateOnly date, GraphAnalysis? whole = null)
    {
        var graph = new GraphIndex(snapshot);
        Version = snapshot.Version;
        Date = date;
        _timeline = timeline;
        _betweenness = betweenness;
        Snapshot = snapshot;
        _graph = graph;
        _coordination = CoordinationGraphBuilder.Build(graph);
        _brokers = new();
        _roles = new();
        _descriptions = new EvidenceDescriptions(graph);
        _traces = whole?._traces ?? new FeedbackTraceBuilder(graph);
        var coordination = _coordination;
        _gaps = new(() => CoverageGapSet.Find(graph, coordination));
        _allTraces = new(() => FeedbackTraceSet.Build(graph, _traces));
        _dashboard = new(() => DashboardCalculator.Compute(graph, _allTraces.Value.All, _gaps.Value.All));
    }

    // After writes that touched the given nodes: what they cannot have changed is taken from the previous analysis
    // (computed now, so no chain of analyses stays alive), the rest is redone.
    // The change's relationships hold on the date; the timeline is the one after it.
    private GraphAnalysis(GraphAnalysis previous, SnapshotChange change, LinkTimeline timeline, DateOnly date)
    {
        Version = change.Version;
        Date = date;
        _timeline = timeline;
        _betweenness = previous._betweenness;
        var touched = change.Touched;
        GraphIndex graph;
        if (GraphIndex.Patch(previous._graph, change) is { } patched)
        {
            graph = patched;
            Snapshot = patched.AsSnapshot(change.Version);
        }
        else
        {
            Snapshot = SnapshotPatch.Apply(previous.Snapshot, change);
            graph = new GraphIndex(Snapshot);
        }
        _graph = graph;
        _coordination = CoordinationGraphBuilder.Patch(previous._coordination, previous._graph, graph, touched);
        // Brokers are a function of the coordination graph alone: the same graph keeps the rankings made on it.
        _brokers = ReferenceEquals(_coordination, previous._coordination) ? previous._brokers : new();
        _roles = ReferenceEquals(_coordination, previous._coordination) ? previous._roles : new();
        _descriptions = new EvidenceDescriptions(graph);
        _traces = new FeedbackTraceBuilder(graph);
        var gaps = previous._gaps.Value.Patch(previous._graph, graph, _coordination, touched);
        var traces = previous._allTraces.Value.Patch(graph, _traces, touched);
        _gaps = new(gaps);
        _allTraces = new(traces);
        _dashboard = new(DashboardCalculator.Patch(previous._dashboard.Value, previous._graph, graph, touched, traces.All, gaps.All));
    }

    /// <summary>
    /// The analysis of <paramref name="snapshot"/> as it is on <paramref name="asOf"/> (today, in UTC, when null): the
    /// dated relationships that do not hold then are left out (<see cref="Validity"/>) and kept for <see cref="AsOf"/>.
    /// Betweenness by <paramref name="betweenness"/> (the defaults when null).
    /// </summary>
    public static GraphAnalysis Build(GraphSnapshot snapshot, BetweennessSettings? betweenness = null, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        // In store order, as the stores read it: the snapshots patched from this one stay in it (SnapshotPatch).
        var ordered = snapshot with
        {
            Nodes = StoreOrder.Ensure(snapshot.Nodes, StoreOrder.Nodes),
            Relationships = StoreOrder.Ensure(snapshot.Relationships, StoreOrder.Relationships),
        };
        var date = asOf ?? Validity.Today(TimeProvider.System);
        var timeline = LinkTimeline.Of(ordered.Relationships);
        if (timeline.Count > 0)
        {
            ordered = ordered with { Relationships = [.. ordered.Relationships.Where(r => Validity.HoldsOn(r, date))] };
        }
        return new GraphAnalysis(ordered, betweenness ?? BetweennessSettings.Default, timeline, date);
    }

    /// <summary>
    /// The analysis of a later version of <paramref name="previous"/>'s graph, given what changed in between
    /// (<see cref="SnapshotPatch"/>). It answers exactly as <see cref="Build"/> on the whole graph would; only what the
    /// touched nodes can have changed is redone: the index by positions, the links at them, the gaps of their themes,
    /// the traces that name them. When only feedback moved, the coordination graph and its rankings are the previous ones.
    /// </summary>
    public static GraphAnalysis BuildAfter(GraphAnalysis previous, SnapshotChange change)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(change);
        var timeline = previous._timeline.Patch(change);
        var holding = timeline.Count == 0 ? change : change with { Relationships = [.. change.Relationships.Where(r => Validity.HoldsOn(r, previous.Date))] };
        return new GraphAnalysis(previous, holding, timeline, previous.Date);
    }

    /// <summary>The store version of the snapshot this analysis answers for.</summary>
    public long Version { get; }

    /// <summary>The snapshot this analysis answers for.</summary>
    public GraphSnapshot Snapshot { get; }

    public NodeRecord? Node(string id) => _graph.Node(id);

    /// <summary>Every other institution within <paramref name="depth"/> links, by distance then id, with the evidence of one shortest path.</summary>
    public IReadOnlyList<CoordinationLink> Coordination(string institutionId, int depth, IReadOnlyCollection<LinkKind>? via)
    {
        AnalysisLimits.EnsureInRange("depth", depth, AnalysisLimits.MinCoordinationDepth, AnalysisLimits.MaxCoordinationDepth);
        var mask = LinkKindMask.Of(via);
        var source = InstitutionIndex(institutionId);
        return CoordinationQueries.Neighbourhood(_coordination, _descriptions, source, depth, mask);
    }

    /// <summary>One shortest path with one piece of evidence per hop, or null when none is at most <paramref name="maxDepth"/> links long.</summary>
    public GraphPath? Path(string fromId, string toId, IReadOnlyCollection<LinkKind>? via, int maxDepth)
    {
        AnalysisLimits.EnsureInRange("maxDepth", maxDepth, AnalysisLimits.MinPathDepth, AnalysisLimits.MaxPathDepth);
        var mask = LinkKindMask.Of(via);
        var from = InstitutionIndex(fromId);
        var to = InstitutionIndex(toId);
        return CoordinationQueries.Path(_coordination, _descriptions, from, to, maxDepth, mask);
    }

    /// <summary>Links by pair of levels over the given kinds; computed once per set of kinds (a walk over every link).</summary>
    public CoordinationMatrix CoordinationMatrix(IReadOnlyCollection<LinkKind>? via) =>
        _matrices.GetOrAdd(LinkKindMask.Of(via), mask => new Lazy<CoordinationMatrix>(() => CoordinationMatrixCalculator.Compute(_coordination, mask))).Value;

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
        return _gaps.Value.All
            .Where(gap => themes is null || themes.Contains(gap.ThemeId))
            .Where(gap => levelFilter is null || gap.Levels.Any(levelFilter.Contains))
            .Where(gap => minSeverity is null || gap.Severity >= minSeverity)
            .ToList();
    }

    public FeedbackTrace FeedbackTrace(string itemId)
    {
        var item = _graph.Require(itemId, NodeLabel.FeedbackItem);
        return _allTraces.IsValueCreated && _allTraces.Value.Of(item.Id) is { } trace ? trace : _traces.Build(item);
    }

    /// <summary>The <paramref name="top"/> institutions by betweenness, then degree, then id.</summary>
    public IReadOnlyList<BrokerScore> Brokers(int top, IReadOnlyCollection<LinkKind>? via)
    {
        AnalysisLimits.EnsureInRange("top", top, AnalysisLimits.MinBrokers, AnalysisLimits.MaxBrokers);
        return RankBrokers(via).Scores.Take(top).ToList();
    }

    /// <summary>
    /// Every institution's broker score over links of the given kinds (all when null), strongest first, with how the
    /// betweenness was obtained. Computed once per set of kinds and shared with analyses that keep this coordination graph.
    /// </summary>
    public RankedBrokers RankBrokers(IReadOnlyCollection<LinkKind>? via) =>
        _brokers.GetOrAdd(LinkKindMask.Of(via), m => new Lazy<RankedBrokers>(() => BrokerRanking.Rank(_coordination, m, _betweenness))).Value;

    /// <summary>
    /// Which coordination graph this analysis answers on: equal for analyses that share one (only feedback changed
    /// between them), so a ranking can be carried over without keeping the graph it was made on alive.
    /// </summary>
    public long CoordinationId => _coordination.Id;

    /// <summary>Computes what readers of this analysis ask most but the brokers: the coverage gaps, the dashboard and the coordination matrix.</summary>
    public void Prepare()
    {
        _ = _gaps.Value;
        _ = _dashboard.Value;
        _ = CoordinationMatrix(null);
    }

    /// <summary>Every institution's broker score over links of every kind, strongest first.</summary>
    internal IReadOnlyList<BrokerScore> AllBrokers() => RankBrokers(null).Scores;

    public Dashboard Dashboard() => _dashboard.Value;

    /// <summary>
    /// The analysis of the part of the graph that acts on a territory (<see cref="TerritoryScope"/>), or this one
    /// when <paramref name="territoryId"/> is null. Built once per territory and analysis.
    /// </summary>
    public GraphAnalysis Scoped(string? territoryId)
    {
        if (territoryId is null)
        {
            return this;
        }
        var id = _graph.Require(territoryId, NodeLabel.Territory).Id;
        if (_scopes.Count >= MaxScopes && !_scopes.ContainsKey(id))
        {
            _scopes.Clear();
        }
        return _scopes.GetOrAdd(id, key => new Lazy<GraphAnalysis>(() => ScopedTo(key))).Value;
    }

    /// <summary>The figures of <see cref="TerritoryProfile"/> for each territory, in the order asked, each on its own scope.</summary>
    public IReadOnlyList<TerritoryProfile> CompareTerritories(IReadOnlyList<string> territoryIds)
    {
        AnalysisLimits.EnsureInRange(
            "ids (their number)", territoryIds.Count, AnalysisLimits.MinComparedTerritories, AnalysisLimits.MaxComparedTerritories);
        return [.. territoryIds.Select(id => TerritoryProfiles.Compute(id, Scoped(id)))];
    }

    internal GraphIndex Graph => _graph;

    internal CoordinationGraph CoordinationGraph => _coordination;

    private int InstitutionIndex(string id) => _coordination.IndexOf(_graph.Require(id, NodeLabel.Institution).Id);
}
