using Microsoft.Net.Http.Headers;
using NetworkGraph.Api.Analysis;
using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Exports;

/// <summary>
/// Answers one export request: the caller's roles, the parameters, the scope, then the file streamed to the response.
/// Every refusal happens before the first byte of the file, as a ProblemDetails.
/// </summary>
internal static class ExportResponse
{
    /// <summary>Exports carry every feedback item the caller may see, so they take a role that reads the whole graph.</summary>
    public static readonly Access Readers = new([Roles.Reader, Roles.Coordinator, Roles.Admin]);

    public static async Task SendAsync(HttpContext http, Viewer viewer, LatestAnalysis latest, ExportFormat format)
    {
        var cancellationToken = http.RequestAborted;
        if (!viewer.IsAuthenticated)
        {
            // A token that failed validation is refused as such, never read as no token at all.
            var invalid = !string.IsNullOrEmpty(http.Request.Headers.Authorization);
            http.Response.Headers.WWWAuthenticate = invalid ? "Bearer error=\"invalid_token\"" : "Bearer";
            await ExportProblems.SendAsync(http, StatusCodes.Status401Unauthorized, invalid
                ? "The bearer token is invalid: expired, not yet valid, or of the wrong issuer, audience, key or algorithm."
                : $"Exports need a bearer token with one of the roles {string.Join(", ", Readers.Roles)}.");
            return;
        }
        if (!viewer.IsInRole([.. Readers.Roles]))
        {
            await ExportProblems.SendAsync(http, StatusCodes.Status403Forbidden, $"Exports need one of the roles {string.Join(", ", Readers.Roles)}.");
            return;
        }
        ExportParameters parameters;
        GraphAnalysis analysis;
        try
        {
            parameters = ExportParameters.Read(http.Request.Query, format.Source);
            analysis = await ScopedAsync(latest, parameters.Territory, cancellationToken);
        }
        catch (ExportParameterException bad)
        {
            await ExportProblems.SendAsync(http, StatusCodes.Status400BadRequest, bad.Message, bad.Parameter, bad.Value);
            return;
        }
        catch (GraphUnavailableException)
        {
            await ExportProblems.SendAsync(http, StatusCodes.Status503ServiceUnavailable, "The store cannot be reached; try again shortly.");
            return;
        }
        catch (StaleAnalysisException stale)
        {
            http.Response.Headers.RetryAfter = "1";
            await ExportProblems.SendAsync(http, StatusCodes.Status503ServiceUnavailable, stale.Message);
            return;
        }
        var visibility = await viewer.VisibilityOfAsync(Core.Exports.GraphExports.FeedbackItems(analysis), cancellationToken);

        http.Response.ContentType = format.ContentType;
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = format.FileName }.ToString();
        // What a caller may see depends on who asks: no shared cache may keep it.
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        await format.Write(new ExportSelection(analysis, parameters.Filter, visibility), http.Response.Body, cancellationToken);
    }

    private static async Task<GraphAnalysis> ScopedAsync(LatestAnalysis latest, string? territory, CancellationToken cancellationToken)
    {
        var analysis = (await latest.GetCurrentAsync(cancellationToken)).Analysis;
        try
        {
            return analysis.Scoped(territory);
        }
        catch (GraphNotFoundException notFound)
        {
            throw new ExportParameterException("territory", territory!, notFound.Message);
        }
    }
}
