using NetworkGraph.Api.Analysis;

namespace NetworkGraph.Api.Exports;

/// <summary>The downloads of <c>/export/</c> (docs/architecture.md §4, "Exports"), one GET route per format.</summary>
public static class ExportEndpoints
{
    public const string PathPrefix = "/export/";

    /// <summary>Every format served.</summary>
    public static readonly IReadOnlyList<IExportFormat> Formats =
    [
        new CoordinationGraphML(),
        new CoordinationGexf(),
        new GraphGraphML(),
        new GraphGexf(),
        new GraphCytoscapeJson(),
        new ElementsCsv(),
        new ConnectionsCsv(),
    ];

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        foreach (var format in Formats)
        {
            endpoints.MapGet(PathPrefix + format.FileName, (HttpContext http, Viewer viewer, AnalysisCache analysis) =>
                    ExportResponse.SendAsync(http, viewer, analysis, format))
                .WithName("Export " + format.FileName);
        }
        return endpoints;
    }
}
