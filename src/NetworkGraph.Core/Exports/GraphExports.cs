using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Core.Exports;

/// <summary>What the exports take from an analysis (already scoped to a territory where one was asked for).</summary>
public static class GraphExports
{
    /// <summary>The property graph of the analysis; <paramref name="canSee"/> is false for nodes the caller may not see.</summary>
    public static SelectedGraph Graph(GraphAnalysis analysis, ExportFilter filter, Func<NodeRecord, bool> canSee)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new SelectedGraph(analysis.Graph, analysis.Timeline.All.Where(r => !Validity.HoldsOn(r, analysis.Date)), filter, canSee);
    }

    public static SelectedCoordination Coordination(GraphAnalysis analysis, ExportFilter filter)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new SelectedCoordination(analysis.Graph, analysis.CoordinationGraph, filter);
    }

    /// <summary>The analysis' feedback items: what the caller's visibility is decided on.</summary>
    public static IReadOnlyList<NodeRecord> FeedbackItems(GraphAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Graph.NodesOf(NodeLabel.FeedbackItem);
    }
}
