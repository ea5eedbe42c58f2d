using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Workbench;
using NetworkGraph.Core.Spreadsheets;

namespace NetworkGraph.Api.Import;

/// <summary>
/// <c>POST /import</c> (multipart: <c>elements</c> and <c>connections</c>, or <c>workbook</c>; <c>?dryRun=true</c>),
/// for coordinators and admins; the workbench's Import page on <c>GET /import</c>; the template files. Refusals before
/// the files are read (401, 403, 413, 415) are ProblemDetails; everything about the files is the report, 200 or 422.
/// </summary>
public static class ImportEndpoints
{
    public const string Path = "/import";
    public const string TemplatePath = "/import/template";

    public static IServiceCollection AddSpreadsheetImport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ImportOptions>(configuration, ImportOptions.Section);
        services.AddScoped<SpreadsheetImporter>();
        return services;
    }

    public static IEndpointRouteBuilder MapSpreadsheetImport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, ImportAsync).WithName("ImportSpreadsheet").DisableAntiforgery();
        endpoints.MapGet(Path, (HttpContext http) => WorkbenchFiles.SendPageAsync(http, "import.html")).WithName("ImportPage");
        endpoints.MapGet($"{TemplatePath}/elements.csv", () => Csv(SpreadsheetTemplate.ElementsCsv(), "elements.csv"));
        endpoints.MapGet($"{TemplatePath}/connections.csv", () => Csv(SpreadsheetTemplate.ConnectionsCsv(), "connections.csv"));
        endpoints.MapGet($"{TemplatePath}/workbook.xlsx", () =>
        {
            using var stream = new MemoryStream();
            SpreadsheetTemplate.WriteWorkbook(stream);
            return Results.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "networkgraph-import.xlsx");
        });
        return endpoints;
    }

    private static async Task<IResult> ImportAsync(HttpContext http, Viewer viewer, SpreadsheetImporter importer, IOptions<ImportOptions> options)
    {
        if (!viewer.IsAuthenticated)
        {
            http.Response.Headers.WWWAuthenticate = string.IsNullOrEmpty(http.Request.Headers.Authorization) ? "Bearer" : "Bearer error=\"invalid_token\"";
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A valid bearer token is required.",
                detail: "Send a coordinator's or an admin's token: Authorization: Bearer <token>.");
        }
        if (!viewer.IsInRole(Roles.Coordinator, Roles.Admin))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Only coordinators and admins import spreadsheets.");
        }
        if (!http.Request.HasFormContentType || !http.Request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the files as multipart/form-data.",
                detail: $"Parts '{ImportFiles.ElementsPart}' and '{ImportFiles.ConnectionsPart}' (CSV), or '{ImportFiles.WorkbookPart}' (.xlsx).");
        }
        var limit = options.Value.MaxRequestBytes;
        if (http.Request.ContentLength > limit)
        {
            return TooLarge(limit);
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }
        ImportFiles files;
        try
        {
            var form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit, ValueCountLimit = 16 }, http.RequestAborted);
            files = new ImportFiles(await PartAsync(form, ImportFiles.ElementsPart), await PartAsync(form, ImportFiles.ConnectionsPart), await PartAsync(form, ImportFiles.WorkbookPart));
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return e is BadHttpRequestException { StatusCode: not StatusCodes.Status413PayloadTooLarge } && e.Message.Contains("multipart", StringComparison.OrdinalIgnoreCase)
                ? Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The multipart body cannot be read.")
                : TooLarge(limit);
        }
        var dryRun = bool.TryParse(http.Request.Query["dryRun"], out var flag) && flag;
        var report = await importer.ImportAsync(files, dryRun, new AuditActor(viewer.Subject, viewer.Org, viewer.Roles), http.RequestAborted);
        return Results.Json(report, JsonSerializerOptions.Web,
            statusCode: report.Problems.Count > 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK);
    }

    private static async Task<ReadOnlyMemory<byte>?> PartAsync(IFormCollection form, string name)
    {
        if (form.Files.GetFile(name) is not { } file)
        {
            return null;
        }
        using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await file.CopyToAsync(buffer);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static IResult TooLarge(long limit) => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: $"The request is larger than {limit} bytes ({ImportOptions.Setting(nameof(ImportOptions.MaxRequestBytes))}).");

    private static IResult Csv(string text, string name) =>
        Results.File(Encoding.UTF8.GetBytes(text), "text/csv; charset=utf-8", name);
}
