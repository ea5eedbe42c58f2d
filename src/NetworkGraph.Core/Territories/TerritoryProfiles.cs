using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Core.Territories;

/// <summary>Computes a <see cref="TerritoryProfile"/> from the analysis of a territory's scope.</summary>
internal static class TerritoryProfiles
{
    /// <summary>How many of the strongest brokers <see cref="TerritoryProfile.BrokerConcentration"/> adds up.</summary>
    public const int TopBrokers = 3;

    public static TerritoryProfile Compute(string territoryId, GraphAnalysis scope)
    {
        var dashboard = scope.Dashboard();
        var coordination = scope.CoordinationGraph;
        var n = coordination.Count;
        var possiblePairs = n * (n - 1L) / 2;
        var themes = scope.Graph.NodesOf(NodeLabel.Theme).Where(theme => theme.GetStrings("expectedLevels").Count > 0).ToList();
        var uncovered = scope.CoverageGaps(null, null, null).Where(gap => gap.Kind == GapKind.NoActor).Select(gap => gap.ThemeId).ToHashSet(StringComparer.Ordinal);
        var betweenness = scope.AllBrokers().Select(b => b.Betweenness).ToList();
        var total = betweenness.Sum();
        return new TerritoryProfile(
            territoryId,
            dashboard.Institutions,
            dashboard.InstitutionsByLevel,
            dashboard.Networks,
            possiblePairs == 0 ? 0 : (double)coordination.Pairs.Length / possiblePairs,
            scope.CoordinationMatrix(null).EiIndex,
            dashboard.GapsBySeverity,
            themes.Count == 0 ? null : (double)themes.Count(theme => !uncovered.Contains(theme.Id)) / themes.Count,
            dashboard.ClosedLoopShare,
            dashboard.MedianDaysToResolution,
            total <= 0 ? 0 : Math.Min(1, betweenness.Take(TopBrokers).Sum() / total));
    }
}
