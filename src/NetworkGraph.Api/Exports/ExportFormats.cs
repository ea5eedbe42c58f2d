using NetworkGraph.Core.Exports;

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
