using Microsoft.Net.Http.Headers;

namespace NetworkGraph.Api.Workbench;

/// <summary>GraphiQL on GET /graphql for a browser: a request whose Accept header prefers HTML to JSON.</summary>
public static class GraphiQLPage
{
    public const string File = "graphiql.html";

    public static bool IsRequestedBy(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method))
        {
            return false;
        }
        var accept = request.GetTypedHeaders().Accept;
        var html = Quality(accept, "text/html");
        return html > 0 && html > Math.Max(Quality(accept, "application/json"), Quality(accept, "application/graphql-response+json"));
    }

    public static Task SendAsync(HttpContext http) => WorkbenchFiles.SendPageAsync(http, File);

    /// <summary>The quality the client gives a media type, through its most specific matching range (RFC 9110, 12.5.1).</summary>
    private static double Quality(IList<MediaTypeHeaderValue> accept, string mediaType)
    {
        var wanted = new MediaTypeHeaderValue(mediaType);
        var match = accept
            .Where(wanted.IsSubsetOf)
            .OrderByDescending(range => range.MatchesAllTypes ? 0 : range.MatchesAllSubTypes ? 1 : 2)
            .FirstOrDefault();
        return match is null ? 0 : match.Quality ?? 1;
    }
}
