using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Core.Territories;

/// <summary>
/// One territory's figures for comparing it with others (docs/architecture.md §3, "Comparing territories"), each
/// computed on the territory's scope.
/// </summary>
public sealed record TerritoryProfile(
    string TerritoryId,
    int Institutions,
    IReadOnlyList<Count<GovernanceLevel>> InstitutionsByLevel,
    int Networks,
    double Density,
    double EiIndex,
    IReadOnlyList<Count<Severity>> GapsBySeverity,
    double? ThemesCoveredAtEveryExpectedLevel,
    double? ClosedLoopRate,
    double? MedianDaysToResolution,
    double BrokerConcentration);
