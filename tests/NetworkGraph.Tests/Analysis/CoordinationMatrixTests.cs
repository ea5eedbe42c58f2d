using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Analysis;

public sealed class CoordinationMatrixTests
{
    private const double Precision = 1e-12;

    // Municipal m1, m2; regional r1; national n1. Pairs: m1-m2 (referral), m1-r1 (shared network),
    // m2-r1 (referral and funding: one linked pair), r1-n1 (hierarchy).
    private static readonly GraphAnalysis _analysis = new TestGraph()
        .Institution("m1").Institution("m2")
        .Institution("r1", GovernanceLevel.Regional).Institution("n1", GovernanceLevel.National)
        .Network("net").MemberOf("m1", "net").MemberOf("r1", "net")
        .RefersTo("m1", "m2")
        .RefersTo("m2", "r1").Funds("r1", "m2")
        .PartOf("r1", "n1")
        .Analyse();

    [Fact]
    public void each_linked_pair_counts_once_in_the_cell_of_its_two_levels()
    {
        var matrix = _analysis.CoordinationMatrix(null);

        Assert.Equal(21, matrix.Cells.Count);
        Assert.All(matrix.Cells, cell => Assert.True(cell.From <= cell.To));
        Assert.Equal(
            [
                new LevelLink(GovernanceLevel.Municipal, GovernanceLevel.Municipal, 1),
                new LevelLink(GovernanceLevel.Municipal, GovernanceLevel.Regional, 2),
                new LevelLink(GovernanceLevel.Regional, GovernanceLevel.National, 1),
            ],
            matrix.Cells.Where(cell => cell.Links > 0));
        // Row by row: (MUNICIPAL, MUNICIPAL), (MUNICIPAL, PROVINCIAL) ... (INTERNATIONAL, INTERNATIONAL).
        Assert.Equal((GovernanceLevel.Municipal, GovernanceLevel.Provincial), (matrix.Cells[1].From, matrix.Cells[1].To));
        Assert.Equal((GovernanceLevel.Provincial, GovernanceLevel.Provincial), (matrix.Cells[6].From, matrix.Cells[6].To));
        Assert.Equal((GovernanceLevel.International, GovernanceLevel.International), (matrix.Cells[^1].From, matrix.Cells[^1].To));
    }

    [Fact]
    public void the_ei_index_weighs_links_across_levels_against_links_within_one()
    {
        // Overall: 3 external (m1-r1, m2-r1, r1-n1), 1 internal (m1-m2): (3-1)/4 = 0.5.
        // Municipal: 2 external, 1 internal: 1/3. Regional: 3 external, 0 internal: 1. National: 1, 0: 1.
        var matrix = _analysis.CoordinationMatrix(null);

        Assert.Equal(0.5, matrix.EiIndex, Precision);
        Assert.Equal(
            [
                new LevelEiIndex(GovernanceLevel.Municipal, 1.0 / 3, 2, 1),
                new LevelEiIndex(GovernanceLevel.Regional, 1, 3, 0),
                new LevelEiIndex(GovernanceLevel.National, 1, 1, 0),
            ],
            matrix.ByLevel);
    }

    [Fact]
    public void via_counts_only_pairs_linked_by_the_given_kinds()
    {
        // Referrals only: m1-m2 (internal) and m2-r1 (external): (1-1)/2 = 0.
        var matrix = _analysis.CoordinationMatrix([LinkKind.Referral]);

        Assert.Equal(2, matrix.Cells.Sum(cell => cell.Links));
        Assert.Equal(0, matrix.EiIndex, Precision);
        Assert.Equal([GovernanceLevel.Municipal, GovernanceLevel.Regional], matrix.ByLevel.Select(l => l.Level));
    }

    [Fact]
    public void a_graph_without_links_has_an_ei_index_of_zero_and_no_level_rows()
    {
        var matrix = new TestGraph().Institutions("a", "b").Analyse().CoordinationMatrix(null);

        Assert.Equal(21, matrix.Cells.Count);
        Assert.All(matrix.Cells, cell => Assert.Equal(0, cell.Links));
        Assert.Equal(0, matrix.EiIndex);
        Assert.Empty(matrix.ByLevel);
    }
}
