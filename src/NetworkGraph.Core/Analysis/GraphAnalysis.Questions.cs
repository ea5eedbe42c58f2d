namespace NetworkGraph.Core.Analysis;

/// <summary>The questions no other tool answers (issue 17): brokerage roles between levels, and what if some actors go.</summary>
public sealed partial class GraphAnalysis
{
    /// <summary>
    /// Every institution's brokerage roles between governance levels over links of the given kinds (all when null),
    /// most brokerage first. Computed once per set of kinds and shared with analyses that keep this coordination graph.
    /// </summary>
    public BrokerageRoleSet BrokerageRoles(IReadOnlyCollection<LinkKind>? via) =>
        _roles.GetOrAdd(LinkKindMask.Of(via), m => new Lazy<BrokerageRoleSet>(() => BrokerageRoleCounter.Count(_coordination, m, _betweenness.Parallel))).Value;

    /// <summary>
    /// The brokerage roles of the given institutions (in the order given, each once), or of the <paramref name="top"/>
    /// institutions by total when <paramref name="ids"/> is null.
    /// </summary>
    public IReadOnlyList<BrokerageRoleScore> BrokerageRoles(IReadOnlyList<string>? ids, int top, IReadOnlyCollection<LinkKind>? via)
    {
        if (ids is null)
        {
            AnalysisLimits.EnsureInRange("top", top, AnalysisLimits.MinBrokers, AnalysisLimits.MaxBrokers);
            return [.. BrokerageRoles(via).ByTotal.Take(top)];
        }
        if (ids.Count > AnalysisLimits.MaxBrokers)
        {
            throw new AnalysisInputException($"'ids' names {ids.Count} institutions; at most {AnalysisLimits.MaxBrokers}.");
        }
        var institutions = ids.Distinct(StringComparer.Ordinal).Select(id => _graph.Require(id, NodeLabel.Institution).Id).ToList();
        var roles = BrokerageRoles(via);
        return [.. institutions.Select(id => roles.Of(id)!)];
    }

    /// <summary>
    /// What removing these institutions and networks (1 to 20) would break, over links of the given kinds (all when
    /// null); nothing is written. Unknown ids, and ids of other kinds of node, are not found.
    /// </summary>
    public WhatIfResult WhatIf(IReadOnlyList<string> remove, IReadOnlyCollection<LinkKind>? via) =>
        WhatIfComparison.Run(this, remove, LinkKindMask.Of(via));

    /// <summary>This graph less the given nodes and every relationship at them, patched like a write that deleted them.</summary>
    internal GraphAnalysis Without(IReadOnlySet<string> nodeIds) => new(this, new SnapshotChange(Version, nodeIds, [], []), _timeline, Date);

    internal EvidenceDescriptions Descriptions => _descriptions;
}
