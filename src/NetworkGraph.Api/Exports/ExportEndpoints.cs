using NetworkGraph.Api.Analysis;

namespace NetworkGraph.Api.Exports;

/// <summary>The downloads of <c>/export/</c> (docs/architecture.md §4, "Exports"), one GET route per format.</summary>
public static class ExportEndpoints
{
    public const string PathPrefix = "/export/";

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        foreach (var format in ExportFormat.All)
        {
            endpoints.MapGet(PathPrefix + format.FileName, (HttpContext http, Viewer viewer, LatestAnalysis analysis) =>
                    ExportResponse.SendAsync(http, viewer, analysis, format))
                .WithName("Export " + format.FileName);
        }
        return endpoints;
    }
}
