using NetworkGraph.Core.Exports;
using NetworkGraph.Core.Spreadsheets;

namespace NetworkGraph.Api.Exports;

public sealed class CoordinationGraphML : IExportFormat
{
    public string FileName => "coordination.graphml";
    public string ContentType => GraphMLWriter.MediaType;
    public ExportSource Source => ExportSource.Coordination;

    public Task WriteAsync(ExportSelection selection, Stream output, CancellationToken cancellationToken) =>
        GraphMLWriter.WriteAsync(CoordinationAttributes.Of(selection.Coordination), output, cancellationToken);
}

public sealed class CoordinationGexf : IExportFormat
{
    public string FileName => "coordination.gexf";
    public string ContentType => GexfWriter.MediaType;
    public ExportSource Source => ExportSource.Coordination;

    public Task WriteAsync(ExportSelection selection, Stream output, CancellationToken cancellationToken) =>
        GexfWriter.WriteAsync(CoordinationAttributes.Of(selection.Coordination), output, cancellationToken);
}

public sealed class GraphGraphML : IExportFormat
{
    public string FileName => "graph.graphml";
    public string ContentType => GraphMLWriter.MediaType;
    public ExportSource Source => ExportSource.Graph;

    public Task WriteAsync(ExportSelection selection, Stream output, CancellationToken cancellationToken) =>
        GraphMLWriter.WriteAsync(PropertyGraphAttributes.Of(selection.Graph), output, cancellationToken);
}

public sealed class GraphGexf : IExportFormat
{
    public string FileName => "graph.gexf";
    public string ContentType => GexfWriter.MediaType;
    public ExportSource Source => ExportSource.Graph;

    public Task WriteAsync(ExportSelection selection, Stream output, CancellationToken cancellationToken) =>
        GexfWriter.WriteAsync(PropertyGraphAttributes.Of(selection.Graph), output, cancellationToken);
}

public sealed class GraphCytoscapeJson : IExportFormat
{
    public string FileName => "graph.cyjs";
    public string ContentType => CytoscapeJsonWriter.MediaType;
    public ExportSource Source => ExportSource.Graph;

    public Task WriteAsync(ExportSelection selection, Stream output, CancellationToken cancellationToken) =>
        CytoscapeJsonWriter.WriteAsync(PropertyGraphAttributes.Of(selection.Graph), output, cancellationToken);
}

/// <summary>The Elements sheet of the import layout: what <c>POST /import</c> reads back into the same graph.</summary>
public sealed class ElementsCsv : IExportFormat
{
    public string FileName => "elements.csv";
    public string ContentType => CsvSheetWriter.MediaType;
    public ExportSource Source => ExportSource.Graph;

    public Task WriteAsync(ExportSelection selection, Stream output, CancellationToken cancellationToken)
    {
        var graph = selection.Graph;
        var territoryCells = SpreadsheetRows.TerritoryCells(graph.Relationships, graph.Node);
        return CsvSheetWriter.WriteAsync(output, SpreadsheetLayout.ElementColumns, SpreadsheetRows.Elements(graph.Nodes, territoryCells), cancellationToken);
    }
}

/// <summary>The Connections sheet of the import layout, without the LOCATED_IN that the Elements sheet writes as Territory cells.</summary>
public sealed class ConnectionsCsv : IExportFormat
{
    public string FileName => "connections.csv";
    public string ContentType => CsvSheetWriter.MediaType;
    public ExportSource Source => ExportSource.Graph;

    public Task WriteAsync(ExportSelection selection, Stream output, CancellationToken cancellationToken)
    {
        var graph = selection.Graph;
        var territoryCells = SpreadsheetRows.TerritoryCells(graph.Relationships, graph.Node);
        return CsvSheetWriter.WriteAsync(output, SpreadsheetLayout.ConnectionColumns, SpreadsheetRows.Connections(graph.Relationships, territoryCells), cancellationToken);
    }
}
