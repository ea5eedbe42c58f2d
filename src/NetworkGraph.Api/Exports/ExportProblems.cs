namespace NetworkGraph.Api.Exports;

/// <summary>Refusals of an export as RFC 9457 problem details; a refused parameter is named in <c>parameter</c> and <c>value</c>.</summary>
internal static class ExportProblems
{
    public static Task SendAsync(HttpContext http, int status, string detail, string? parameter = null, string? value = null)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (parameter is not null)
        {
            extensions["parameter"] = parameter;
            extensions["value"] = value;
        }
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Problem(detail, statusCode: status, extensions: extensions).ExecuteAsync(http);
    }
}
