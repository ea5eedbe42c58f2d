namespace NetworkGraph.Core.Analysis;

/// <summary>The kinds of evidence that link two institutions in the coordination graph (docs/architecture.md §3).</summary>
public enum LinkKind { SharedNetwork, Referral, Funding, Hierarchy, SharedMeeting }

/// <summary>
/// Why two institutions are linked: the kind, the two ends as walked, the node that carries the
/// link (the shared network or meeting; null for direct links) and a sentence a planner can read.
/// </summary>
public sealed record LinkEvidence(LinkKind Kind, string FromId, string ToId, string? ViaId, string Description);

/// <summary>An institution reached from another, its distance, and the evidence of each hop on one shortest path.</summary>
public sealed record CoordinationLink(string InstitutionId, int Distance, IReadOnlyList<LinkEvidence> Evidence);

public sealed record GraphPath(IReadOnlyList<LinkEvidence> Hops)
{
    public int Length => Hops.Count;
}

/// <summary>How many coordination links join institutions of two levels; From is never above To.</summary>
public sealed record LevelLink(GovernanceLevel From, GovernanceLevel To, int Links);

/// <summary>The E-I index of one level: (links to other levels - links within it) / all its links.</summary>
public sealed record LevelEiIndex(GovernanceLevel Level, double EiIndex, int External, int Internal);

public sealed record CoordinationMatrix(IReadOnlyList<LevelLink> Cells, double EiIndex, IReadOnlyList<LevelEiIndex> ByLevel);

public enum GapKind { NoActor, SingleActor, NotNetworked, DisconnectedLevels }

public enum Severity { Low, Medium, High }

public sealed record CoverageGap(
    string ThemeId,
    IReadOnlyList<GovernanceLevel> Levels,
    GapKind Kind,
    Severity Severity,
    IReadOnlyList<string> InstitutionIds,
    string Explanation);

public enum TraceStepKind { Raised, Triaged, Discussed, Escalated, Resolved, ReportedBack, Declined }

public sealed record TraceStep(
    TraceStepKind Kind,
    DateTimeOffset At,
    GovernanceLevel? Level,
    string? ActorId = null,
    string? MeetingId = null,
    string? NetworkId = null,
    string? PolicyChangeId = null,
    string? Note = null);

public sealed record FeedbackTrace(
    string ItemId,
    IReadOnlyList<TraceStep> Steps,
    IReadOnlyList<GovernanceLevel> LevelsTraversed,
    double? DaysToResolution,
    bool LoopClosed);

public sealed record BrokerScore(string InstitutionId, double Betweenness, int Degree, int CrossLevelPartners, bool ArticulationPoint);

public sealed record Count<TKey>(TKey Key, int Value);

public sealed record Dashboard(
    int Institutions,
    IReadOnlyList<Count<GovernanceLevel>> InstitutionsByLevel,
    IReadOnlyList<Count<ActorKind>> InstitutionsByKind,
    int Networks,
    IReadOnlyList<Count<NetworkKind>> NetworksByKind,
    int FeedbackItems,
    IReadOnlyList<Count<FeedbackStatus>> FeedbackByStatus,
    double? MedianDaysToResolution,
    double? ClosedLoopShare,
    IReadOnlyList<Count<Severity>> GapsBySeverity);
