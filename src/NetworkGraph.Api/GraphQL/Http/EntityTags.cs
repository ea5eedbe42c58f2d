using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;
using NetworkGraph.Api.Caching;
using NetworkGraph.Api.Names;

namespace NetworkGraph.Api.GraphQL.Http;

/// <summary>
/// HTTP caching for dashboards that poll with GET: an <c>ETag</c> from the graph version as
/// <see cref="GraphVersionClock"/> knows it and the versions of the published analysis and ranking (read once per
/// request with the result cache's state, <see cref="RequestGraphState"/>), who asks (access profile,
/// organisation, subject), the media type, the request's query string, the languages it reads names in and the day it counts as today, with <c>Cache-Control: private, no-cache</c>;
/// an <c>If-None-Match</c> naming the current tag answers 304 without executing. Reads depend on nothing but the
/// graph, which every committed write versions, and on how far the analysis has caught up with it, so an unchanged
/// tag means an unchanged answer.
/// </summary>
public sealed class EntityTags
{
    public const string CacheControl = "private, no-cache";

    /// <summary>Sets the tag on a GET's response; true when the caller already holds it and the answer is 304.</summary>
    public async Task<bool> NotModifiedAsync(HttpContext http, string mediaType, Viewer viewer)
    {
        if (!HttpMethods.IsGet(http.Request.Method))
        {
            return false;
        }
        // The graph questions answer from the published analysis, which may trail the graph: the tag names both, read
        // before executing, so an answer is never older than its tag says (both only move forward). The versions of the
        // analysis and the ranking, not this process's count of publications: they mean the same on every instance.
        if (await http.RequestServices.GetRequiredService<RequestGraphState>().TryReadAsync(http.RequestAborted) is not { } state)
        {
            return false;
        }
        // A restricted brokers answer comes from a kept ranking that may trail the whole one: the tag names those too.
        var version = $"{state.Moment.Version}.{state.AnalysedVersion}.{state.RankedVersion}"
            + (state.RestrictedRankings.Length == 0 ? "" : $".{state.RestrictedRankings}");
        var languages = http.RequestServices.GetRequiredService<RequestLanguage>().Preference.Key;
        var tag = Tag(version, string.Join('\n', viewer.AccessProfile, viewer.Org, viewer.Subject, mediaType, http.Request.QueryString.Value, languages, Validity.ToText(state.Today)));
        http.Response.Headers.ETag = tag;
        http.Response.Headers.CacheControl = CacheControl;
        if (!EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var held)
            || !held.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(new EntityTagHeaderValue(tag), useStrongComparison: false)))
        {
            return false;
        }
        http.Response.StatusCode = StatusCodes.Status304NotModified;
        return true;
    }

    private static string Tag(string version, string request)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(request), hash);
        return $"\"{version}-{Convert.ToHexStringLower(hash[..12])}\"";
    }
}
