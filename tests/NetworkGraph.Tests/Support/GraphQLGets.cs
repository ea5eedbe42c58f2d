using System.Net.Http.Headers;

namespace NetworkGraph.Tests.Support;

/// <summary>GraphQL over GET as a dashboard polls it: the GraphQL response type, the preflight header, a tag held.</summary>
public static class GraphQLGets
{
    public static async Task<HttpResponseMessage> GetGraphQLAsync(
        this NetworkGraphApp app, string pathAndQuery, string? token = null, EntityTagHeaderValue? held = null, string? acceptLanguage = null)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(NetworkGraphApp.GraphQLResponse));
        // A GET needs it: the CSRF check for requests a browser could send cross-site.
        request.Headers.Add("GraphQL-Require-Preflight", "1");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (held is not null)
        {
            request.Headers.IfNoneMatch.Add(held);
        }
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }
        return await client.SendAsync(request);
    }
}
