namespace NetworkGraph.Core.Analysis;

/// <summary>
/// The coverage gaps of docs/architecture.md §3, for every theme at the levels it is expected at, ordered by
/// severity (highest first), theme id, first level and kind.
/// </summary>
internal sealed class CoverageGapFinder(GraphIndex graph, CoordinationGraph coordination)
{
    private readonly GapExplanations _explain = new(graph);

    /// <summary>The gaps of one theme, in no particular order.</summary>
    public CoverageGap[] Of(NodeRecord theme) => [.. GapsOf(theme)];

    /// <summary>Highest severity first, then by theme id, first level and kind.</summary>
    public static IReadOnlyList<CoverageGap> Ordered(IEnumerable<CoverageGap> gaps) =>
        gaps.OrderByDescending(gap => gap.Severity)
            .ThenBy(gap => gap.ThemeId, StringComparer.Ordinal)
            .ThenBy(gap => gap.Levels[0])
            .ThenBy(gap => gap.Kind)
            .ToList();

    private IEnumerable<CoverageGap> GapsOf(NodeRecord theme)
    {
        var expected = theme.GetStrings("expectedLevels")
            .Select(text => ConstantCase.TryParse<GovernanceLevel>(text, out var level) ? level : (GovernanceLevel?)null)
            .OfType<GovernanceLevel>()
            .Distinct()
            .Order()
            .ToList();
        var holders = HoldersByLevel(theme.Id);
        var networked = NetworkedInstitutions(theme.Id);
        foreach (var level in expected)
        {
            var atLevel = holders.GetValueOrDefault(level) ?? [];
            if (atLevel.Count == 0)
            {
                yield return Gap(theme, [level], GapKind.NoActor, Severity.High, [], _explain.NoActor(theme, level));
                continue;
            }
            if (atLevel.Count == 1)
            {
                yield return Gap(theme, [level], GapKind.SingleActor, Severity.Medium, atLevel, _explain.SingleActor(theme, level, atLevel[0]));
            }
            if (!atLevel.Any(networked.Contains))
            {
                yield return Gap(theme, [level], GapKind.NotNetworked, Severity.Medium, atLevel, _explain.NotNetworked(theme, level, atLevel));
            }
        }
        for (var i = 0; i + 1 < expected.Count; i++)
        {
            var (lower, higher) = (expected[i], expected[i + 1]);
            var lowerHolders = holders.GetValueOrDefault(lower) ?? [];
            var higherHolders = holders.GetValueOrDefault(higher) ?? [];
            if (lowerHolders.Count > 0 && higherHolders.Count > 0 && !AnyLinked(lowerHolders, higherHolders))
            {
                yield return Gap(
                    theme, [lower, higher], GapKind.DisconnectedLevels, Severity.High, [.. lowerHolders, .. higherHolders],
                    _explain.DisconnectedLevels(theme, lower, lowerHolders, higher, higherHolders));
            }
        }
    }

    /// <summary>Institutions holding (LEAD or SUPPORT) a responsibility on the theme, by their own level, each list ordered by id.</summary>
    private Dictionary<GovernanceLevel, List<string>> HoldersByLevel(string themeId) =>
        graph.Incoming(themeId, RelationshipType.OnTheme)
            .SelectMany(onTheme => graph.Incoming(onTheme.FromId, RelationshipType.Holds))
            .Where(holds => holds.GetEnum<HoldingRole>("role") is not null && graph.Is(holds.FromId, NodeLabel.Institution))
            .Select(holds => holds.FromId)
            .Distinct()
            .Select(id => (Id: id, Level: graph.LevelOf(id)))
            .Where(holder => holder.Level is not null)
            .GroupBy(holder => holder.Level!.Value)
            .ToDictionary(group => group.Key, group => group.Select(h => h.Id).Order(StringComparer.Ordinal).ToList());

    /// <summary>Direct members of a network that covers the theme.</summary>
    private HashSet<string> NetworkedInstitutions(string themeId) =>
        graph.Incoming(themeId, RelationshipType.Covers)
            .Where(covers => graph.Is(covers.FromId, NodeLabel.Network))
            .SelectMany(covers => graph.Incoming(covers.FromId, RelationshipType.MemberOf))
            .Select(member => member.FromId)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Any direct coordination link, whatever its kind: a query's via filter does not change what a gap is.</summary>
    private bool AnyLinked(List<string> lower, List<string> higher) =>
        lower.Any(a => higher.Any(b => coordination.Between(coordination.IndexOf(a), coordination.IndexOf(b)) is not null));

    private static CoverageGap Gap(
        NodeRecord theme, GovernanceLevel[] levels, GapKind kind, Severity severity, IReadOnlyList<string> institutions, string explanation) =>
        // Gaps are cached and shared by concurrent requests, so their lists must not be writable.
        new(theme.Id, Array.AsReadOnly(levels), kind, severity, institutions.ToList().AsReadOnly(), explanation);
}
