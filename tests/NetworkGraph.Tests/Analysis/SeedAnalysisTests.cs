using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Seed;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Analysis;

/// <summary>What a planner would check against the exchange-visit report, asked of the real seed.</summary>
public sealed class SeedAnalysisTests
{
    private const string ClosedTrace = "demo-fb-regularisation-appointment-waits";
    private static readonly GraphAnalysis _analysis = GraphAnalysis.Build(ReadSeed());

    [Fact]
    public void harreragune_works_directly_with_smus_and_lanbide_through_referrals()
    {
        var partners = _analysis.Coordination(SeedFacts.Harreragune, 1, null);

        var smus = partners.Single(p => p.InstitutionId == SeedFacts.Smus);
        var lanbide = partners.Single(p => p.InstitutionId == SeedFacts.Lanbide);
        Assert.Contains(smus.Evidence, e => e.Kind == LinkKind.Referral && e.FromId == SeedFacts.Harreragune && e.ToId == SeedFacts.Smus);
        Assert.Contains(lanbide.Evidence, e => e.Kind == LinkKind.Referral && e.FromId == SeedFacts.Harreragune && e.ToId == SeedFacts.Lanbide);
        // The referral runs from SMUS to Harreragune, and the sentence says so whatever the walk.
        Assert.StartsWith("Municipal Social Emergency Service (SMUS) refers people to Harreragune", smus.Evidence.First(e => e.Kind == LinkKind.Referral).Description, StringComparison.Ordinal);
        Assert.All(partners, p => Assert.Equal(1, p.Distance));
    }

    [Fact]
    public void return_counselling_is_disconnected_between_the_municipal_and_the_national_level()
    {
        var gaps = _analysis.CoverageGaps([SeedFacts.ReturnCounselling], null, null);

        var gap = Assert.Single(gaps, g => g.Kind == GapKind.DisconnectedLevels);
        Assert.Equal([GovernanceLevel.Municipal, GovernanceLevel.National], gap.Levels);
        Assert.Equal(Severity.High, gap.Severity);
        Assert.Contains(SeedFacts.Harreragune, gap.InstitutionIds);
        Assert.Contains("state-subdelegation-bizkaia", gap.InstitutionIds);
        Assert.Contains(SeedFacts.HarreraguneName, gap.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void the_closed_illustrative_trace_crosses_three_levels_and_closes_its_loop()
    {
        var trace = _analysis.FeedbackTrace(ClosedTrace);

        Assert.Equal(3, trace.LevelsTraversed.Distinct().Count());
        Assert.Equal(GovernanceLevel.Municipal, trace.LevelsTraversed[0]);
        Assert.Contains(GovernanceLevel.National, trace.LevelsTraversed);
        Assert.NotNull(trace.DaysToResolution);
        Assert.True(trace.DaysToResolution > 0);
        Assert.True(trace.LoopClosed);
    }

    [Fact]
    public void the_seed_answers_every_question_without_failing()
    {
        var dashboard = _analysis.Dashboard();

        Assert.Equal(_analysis.CoverageGaps(null, null, null).Count, dashboard.GapsBySeverity.Sum(c => c.Value));
        Assert.NotEmpty(_analysis.Brokers(AnalysisLimits.MaxBrokers, null));
        Assert.True(_analysis.CoordinationMatrix(null).Cells.Sum(c => c.Links) > 0);
        Assert.NotNull(_analysis.Path(SeedFacts.Smus, SeedFacts.Lanbide, null, AnalysisLimits.DefaultPathDepth));
    }

    private static GraphSnapshot ReadSeed()
    {
        var seed = SeedReader.Read(
            new[] { "bilbao.json", "illustrative-feedback.json", "illustrative-territory.json" }
                .Select(name => new SeedFile(name, File.ReadAllText(Path.Combine(RepositoryPaths.Seed, name)))));
        return new GraphSnapshot(1, seed.Nodes, seed.Relationships);
    }
}
