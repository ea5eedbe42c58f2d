using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Graph;
using NetworkGraph.Tests.Analysis;

namespace NetworkGraph.Tests.Territories;

/// <summary>
/// A graph question scoped to a territory sees the institutions acting on it: located in it, in a territory
/// within it, or in a territory that contains it; never those of a neighbouring territory or of none.
/// </summary>
public sealed class TerritoryScopeTests
{
    // union > state > region > town, and a second town in the same region, and a state outside the union.
    private static TestGraph World() => new TestGraph()
        .Territory("union", kind: TerritoryKind.Supranational)
        .Territory("state", "union", TerritoryKind.State)
        .Territory("region", "state", TerritoryKind.Region)
        .Territory("town", "region")
        .Territory("other-town", "region")
        .Territory("outside", kind: TerritoryKind.State)
        .Institution("council", GovernanceLevel.Municipal, ActorKind.PublicAuthority).LocatedIn("council", "town")
        .Institution("shelter").LocatedIn("shelter", "town")
        .Institution("regional-government", GovernanceLevel.Regional, ActorKind.PublicAuthority).LocatedIn("regional-government", "region")
        .Institution("commission", GovernanceLevel.European, ActorKind.PublicAuthority).LocatedIn("commission", "union")
        .Institution("neighbour").LocatedIn("neighbour", "other-town")
        .Institution("foreign-ministry", GovernanceLevel.National, ActorKind.PublicAuthority).LocatedIn("foreign-ministry", "outside")
        .Institution("nowhere")
        .Chain("shelter", "council", "regional-government", "commission")
        .RefersTo("neighbour", "council")
        .RefersTo("foreign-ministry", "commission")
        .RefersTo("nowhere", "shelter");

    private static IEnumerable<string> Brokers(GraphAnalysis analysis) =>
        analysis.Brokers(AnalysisLimits.MaxBrokers, null).Select(b => b.InstitutionId).Order(StringComparer.Ordinal);

    [Fact]
    public void a_town_keeps_its_own_institutions_and_those_of_the_territories_that_contain_it()
    {
        var town = World().Analyse().Scoped("town");

        Assert.Equal(["commission", "council", "regional-government", "shelter"], Brokers(town));
    }

    [Fact]
    public void a_region_keeps_the_institutions_of_every_town_within_it()
    {
        var region = World().Analyse().Scoped("region");

        Assert.Equal(["commission", "council", "neighbour", "regional-government", "shelter"], Brokers(region));
    }

    [Fact]
    public void links_to_institutions_outside_the_scope_are_not_followed()
    {
        var town = World().Analyse().Scoped("town");

        var neighbours = town.Coordination("council", 4, null).Select(link => link.InstitutionId);
        Assert.Equal(["regional-government", "shelter", "commission"], neighbours);
        Assert.Throws<GraphNotFoundException>(() => town.Coordination("neighbour", 1, null));
    }

    [Fact]
    public void the_dashboard_counts_only_the_scope()
    {
        var analysis = World().Analyse();

        Assert.Equal(7, analysis.Dashboard().Institutions);
        Assert.Equal(4, analysis.Scoped("town").Dashboard().Institutions);
        Assert.Equal(1, analysis.Scoped("outside").Dashboard().Institutions);
    }

    [Fact]
    public void no_scope_is_the_whole_graph_and_an_unknown_or_other_node_is_not_found()
    {
        var analysis = World().Analyse();

        Assert.Same(analysis, analysis.Scoped(null));
        Assert.Throws<GraphNotFoundException>(() => analysis.Scoped("atlantis"));
        var error = Assert.Throws<GraphNotFoundException>(() => analysis.Scoped("council"));
        Assert.Equal("'council' is an Institution, not a Territory.", error.Message);
    }

    [Fact]
    public void a_scope_is_built_once_per_analysis()
    {
        var analysis = World().Analyse();

        Assert.Same(analysis.Scoped("town"), analysis.Scoped("town"));
    }
}
