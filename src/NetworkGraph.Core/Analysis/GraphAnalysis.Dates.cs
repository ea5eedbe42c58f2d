using System.Collections.Concurrent;
using NetworkGraph.Core.Territories;

namespace NetworkGraph.Core.Analysis;

/// <summary>The graph as it was, or will be, on a date (docs/architecture.md §3, "As of a date").</summary>
public sealed partial class GraphAnalysis
{
    /// <summary>Analyses of other dates kept per analysis; beyond this many stretches of the timeline asked for, they are rebuilt when asked again.</summary>
    private const int MaxDates = 16;

    private readonly ConcurrentDictionary<int, Lazy<GraphAnalysis>> _dates = new();

    /// <summary>The date this analysis answers for: the dated relationships that hold on it count, the others do not.</summary>
    public DateOnly Date { get; }

    /// <summary>Every dated relationship of the graph, whether or not it holds on <see cref="Date"/>.</summary>
    public LinkTimeline Timeline => _timeline;

    /// <summary>
    /// The analysis of the same graph version as it is on <paramref name="date"/>: this one when no dated relationship
    /// starts or stops in between, else one patched from it (as a write that changed the links that differ), kept
    /// for every date of that stretch of the timeline.
    /// </summary>
    public GraphAnalysis AsOf(DateOnly date)
    {
        if (_timeline.Same(Date, date))
        {
            return this;
        }
        var period = _timeline.Period(date);
        if (_dates.Count >= MaxDates && !_dates.ContainsKey(period))
        {
            _dates.Clear();
        }
        return _dates.GetOrAdd(period, _ => new Lazy<GraphAnalysis>(() => Dated(date))).Value;
    }

    // A territory's analysis on the same date, with the dated links between the nodes of its scope (for its exports).
    private GraphAnalysis ScopedTo(string territoryId)
    {
        var scope = TerritoryScope.Restrict(Snapshot, territoryId);
        var ids = scope.Nodes.Select(node => node.Id).ToHashSet(StringComparer.Ordinal);
        var timeline = LinkTimeline.Of(_timeline.All.Where(r => ids.Contains(r.FromId) && ids.Contains(r.ToId)));
        return new GraphAnalysis(scope, _betweenness, timeline, Date, whole: this);
    }

    private GraphAnalysis Dated(DateOnly date)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relationship in _timeline.Differences(Date, date))
        {
            touched.Add(relationship.FromId);
            touched.Add(relationship.ToId);
        }
        bool AtTouched(RelationshipRecord r) => touched.Contains(r.FromId) || touched.Contains(r.ToId);
        var nodes = touched.Select(_graph.Node).OfType<NodeRecord>().ToList();
        // At the touched nodes: the undated relationships as they are, and the dated ones that hold on the date.
        var relationships = Snapshot.Relationships.Where(r => AtTouched(r) && !_timeline.Contains(r.Key))
            .Concat(_timeline.All.Where(r => AtTouched(r) && Validity.HoldsOn(r, date)))
            .ToList();
        return new GraphAnalysis(this, new SnapshotChange(Version, touched, nodes, relationships), _timeline, date);
    }

    /// <summary>
    /// The links that appeared or disappeared after <paramref name="from"/> and no later than <paramref name="to"/>, by
    /// day, then type, start and end; within a territory, those whose two ends act on it on either date.
    /// </summary>
    public IReadOnlyList<LinkChange> Changes(DateOnly from, DateOnly to, string? territoryId)
    {
        if (to < from)
        {
            throw new AnalysisInputException($"'from' ({Validity.ToText(from)}) must not come after 'to' ({Validity.ToText(to)}).");
        }
        Func<RelationshipRecord, bool> inScope = _ => true;
        if (territoryId is not null)
        {
            var (before, after) = (AsOf(from).Scoped(territoryId), AsOf(to).Scoped(territoryId));
            inScope = r => (before.Node(r.FromId) is not null && before.Node(r.ToId) is not null)
                || (after.Node(r.FromId) is not null && after.Node(r.ToId) is not null);
        }
        return [.. _timeline.Changes(from, to)
            .Where(change => inScope(change.Relationship))
            .OrderBy(change => change.On)
            .ThenBy(change => change.Relationship, StoreOrder.Relationships)
            .ThenBy(change => change.Kind)];
    }
}
