using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Exports;

namespace NetworkGraph.Api.Exports;

/// <summary>
/// One file of <c>/export/</c>: its name (the last segment of its path), media type, what it is written from, and
/// how. A new format is a class like those of <c>ExportFormats.cs</c> and one line in <see cref="ExportEndpoints"/>.
/// </summary>
public interface IExportFormat
{
    string FileName { get; }

    string ContentType { get; }

    ExportSource Source { get; }

    Task WriteAsync(ExportSelection selection, Stream output, CancellationToken cancellationToken);
}

/// <summary>What an export is written from; only the coordination graph takes <c>via</c>.</summary>
public enum ExportSource { Coordination, Graph }

/// <summary>What one request may export: its scope, its filter and the feedback items the caller may see.</summary>
public sealed class ExportSelection(GraphAnalysis analysis, ExportFilter filter, FeedbackVisibility visibility)
{
    public SelectedGraph Graph => GraphExports.Graph(analysis, filter, visibility.CanSee);

    public SelectedCoordination Coordination => GraphExports.Coordination(analysis, filter);
}
