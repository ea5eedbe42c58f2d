using Microsoft.Extensions.FileProviders;

namespace NetworkGraph.Api.Workbench;

/// <summary>
/// The workbench's pages and the npm packages they use, copied by the build into wwwroot next to the
/// binaries, so the service serves them itself (no CDN) wherever it runs from.
/// </summary>
public static class WorkbenchFiles
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");

    public static IFileProvider Provider { get; } =
        Directory.Exists(Root) ? new PhysicalFileProvider(Root) : new NullFileProvider();

    /// <summary>Scripts and styles only from this host; GraphiQL sets styles inline.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>Sends one of the workbench's HTML pages, or 404 when the build did not copy it.</summary>
    public static async Task SendPageAsync(HttpContext http, string name)
    {
        var file = Provider.GetFileInfo(name);
        if (!file.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.SendFileAsync(file, http.RequestAborted);
    }
}
