using System.Text.Json;

namespace NetworkGraph.Api.Workbench;

/// <summary>The planner's workbench: the network map on /, territories compared on /compare, the NGO view on /ngo, and their static files.</summary>
public static class WorkbenchEndpoints
{
    public const string OperationsPath = "/workbench/operations.json";

    public static WebApplication UseWorkbenchFiles(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = WorkbenchFiles.Provider,
            OnPrepareResponse = context => context.Context.Response.Headers.XContentTypeOptions = "nosniff",
        });
        return app;
    }

    public static IEndpointRouteBuilder MapWorkbench(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext http) => WorkbenchFiles.SendPageAsync(http, "index.html")).WithName("NetworkMap");
        endpoints.MapGet("/ngo", (HttpContext http) => WorkbenchFiles.SendPageAsync(http, "ngo.html")).WithName("NgoView");
        endpoints.MapGet("/compare", (HttpContext http) => WorkbenchFiles.SendPageAsync(http, "compare.html")).WithName("CompareTerritories");

        // The example operations of schema/operations/, preloaded as GraphiQL's tabs.
        var operations = new Lazy<string>(() => JsonSerializer.Serialize(ReadOperations(), JsonSerializerOptions.Web));
        endpoints.MapGet(OperationsPath, () => Results.Text(operations.Value, "application/json; charset=utf-8")).WithName("WorkbenchOperations");
        return endpoints;
    }

    private static List<ExampleOperation> ReadOperations()
    {
        var folder = Path.Combine(WorkbenchFiles.Root, "operations");
        return !Directory.Exists(folder)
            ? []
            : [.. Directory.EnumerateFiles(folder, "*.graphql")
                .Order(StringComparer.Ordinal)
                .Select(path => new ExampleOperation(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)))];
    }

    private sealed record ExampleOperation(string Name, string Query);
}
