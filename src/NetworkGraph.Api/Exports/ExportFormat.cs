using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Exports;
using NetworkGraph.Core.Spreadsheets;

namespace NetworkGraph.Api.Exports;

/// <summary>
/// One file of <c>/export/</c>: its name (the last segment of its path), media type, what it is written from, and
/// how. A new format is one more entry of <see cref="All"/>.
/// </summary>
public sealed record ExportFormat(string FileName, string ContentType, ExportSource Source, Func<ExportSelection, Stream, CancellationToken, Task> Write)
{
    public static readonly IReadOnlyList<ExportFormat> All =
    [
        new("coordination.graphml", GraphMLWriter.MediaType, ExportSource.Coordination,
            (selection, output, ct) => GraphMLWriter.WriteAsync(CoordinationAttributes.Of(selection.Coordination), output, ct)),
        new("coordination.gexf", GexfWriter.MediaType, ExportSource.Coordination,
            (selection, output, ct) => GexfWriter.WriteAsync(CoordinationAttributes.Of(selection.Coordination), output, ct)),
        new("graph.graphml", GraphMLWriter.MediaType, ExportSource.Graph,
            (selection, output, ct) => GraphMLWriter.WriteAsync(PropertyGraphAttributes.Of(selection.Graph), output, ct)),
        new("graph.gexf", GexfWriter.MediaType, ExportSource.Graph,
            (selection, output, ct) => GexfWriter.WriteAsync(PropertyGraphAttributes.Of(selection.Graph), output, ct)),
        new("graph.cyjs", CytoscapeJsonWriter.MediaType, ExportSource.Graph,
            (selection, output, ct) => CytoscapeJsonWriter.WriteAsync(PropertyGraphAttributes.Of(selection.Graph), output, ct)),
        // The import layout (docs/architecture.md §4, "Spreadsheets"): what POST /import reads back into the same graph.
        new("elements.csv", CsvSheetWriter.MediaType, ExportSource.Graph, (selection, output, ct) =>
        {
            var graph = selection.Graph;
            var cells = SpreadsheetRows.TerritoryCells(graph.Relationships, graph.Node);
            var columns = LabelColumns.ElementColumnsFor(graph.Nodes);
            return CsvSheetWriter.WriteAsync(output, columns, SpreadsheetRows.Elements(graph.Nodes, cells, columns), ct);
        }),
        new("connections.csv", CsvSheetWriter.MediaType, ExportSource.Graph, (selection, output, ct) =>
        {
            var graph = selection.Graph;
            var cells = SpreadsheetRows.TerritoryCells(graph.Relationships, graph.Node);
            return CsvSheetWriter.WriteAsync(output, SpreadsheetLayout.ConnectionColumns, SpreadsheetRows.Connections(graph.Relationships, cells), ct);
        }),
    ];
}

/// <summary>What an export is written from; only the coordination graph takes <c>via</c>.</summary>
public enum ExportSource { Coordination, Graph }

/// <summary>What one request may export: its scope, its filter and the feedback items the caller may see.</summary>
public sealed class ExportSelection(GraphAnalysis analysis, ExportFilter filter, FeedbackVisibility visibility)
{
    public SelectedGraph Graph => GraphExports.Graph(analysis, filter, visibility.CanSee);

    public SelectedCoordination Coordination => GraphExports.Coordination(analysis, filter);
}
