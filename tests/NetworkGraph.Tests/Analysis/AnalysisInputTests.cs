using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Analysis;

public sealed class AnalysisInputTests
{
    private static readonly GraphAnalysis _analysis = new TestGraph()
        .Institutions("a", "b").Network("n").Theme("t", GovernanceLevel.Municipal)
        .FeedbackItem("f", FeedbackStatus.Submitted, "2025-01-01T00:00:00Z")
        .Analyse();

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void a_coordination_depth_outside_one_to_four_is_refused(int depth)
    {
        var error = Assert.Throws<AnalysisInputException>(() => _analysis.Coordination("a", depth, null));

        Assert.Equal($"'depth' must be between 1 and 4; it was {depth}.", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void a_path_max_depth_outside_one_to_ten_is_refused(int maxDepth)
    {
        var error = Assert.Throws<AnalysisInputException>(() => _analysis.Path("a", "b", null, maxDepth));

        Assert.Equal($"'maxDepth' must be between 1 and 10; it was {maxDepth}.", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void a_broker_count_outside_one_to_a_hundred_is_refused(int top)
    {
        var error = Assert.Throws<AnalysisInputException>(() => _analysis.Brokers(top, null));

        Assert.Equal($"'top' must be between 1 and 100; it was {top}.", error.Message);
    }

    [Fact]
    public void an_unknown_institution_is_not_found()
    {
        var error = Assert.Throws<GraphNotFoundException>(() => _analysis.Coordination("nobody", 1, null));

        Assert.Equal("No institution has the id 'nobody'.", error.Message);
    }

    [Fact]
    public void an_id_of_another_label_is_not_found_and_the_message_says_what_it_is()
    {
        Assert.Equal(
            "'n' is a Network, not an Institution.",
            Assert.Throws<GraphNotFoundException>(() => _analysis.Coordination("n", 1, null)).Message);
        Assert.Equal(
            "'t' is a Theme, not an Institution.",
            Assert.Throws<GraphNotFoundException>(() => _analysis.Path("a", "t", null, 6)).Message);
        Assert.Equal(
            "'a' is an Institution, not a FeedbackItem.",
            Assert.Throws<GraphNotFoundException>(() => _analysis.FeedbackTrace("a")).Message);
    }

    [Fact]
    public void an_unknown_feedback_item_is_not_found()
    {
        Assert.Equal(
            "No feedback item has the id 'gone'.",
            Assert.Throws<GraphNotFoundException>(() => _analysis.FeedbackTrace("gone")).Message);
    }

    [Fact]
    public void an_unknown_theme_in_the_gap_filter_is_not_found()
    {
        Assert.Equal(
            "No theme has the id 'nowhere'.",
            Assert.Throws<GraphNotFoundException>(() => _analysis.CoverageGaps(["t", "nowhere"], null, null)).Message);
        Assert.Equal(
            "'n' is a Network, not a Theme.",
            Assert.Throws<GraphNotFoundException>(() => _analysis.CoverageGaps(["n"], null, null)).Message);
    }

    [Fact]
    public void the_analysis_answers_for_the_snapshot_version_and_resolves_any_node()
    {
        var analysis = GraphAnalysis.Build(new TestGraph().Institutions("a").Network("n").Snapshot(version: 42));

        Assert.Equal(42, analysis.Version);
        Assert.Equal(NodeLabel.Network, analysis.Node("n")!.Label);
        Assert.Null(analysis.Node("missing"));
    }
}
