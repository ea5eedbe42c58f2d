using Microsoft.Net.Http.Headers;
using NetworkGraph.Core.Names;

namespace NetworkGraph.Api.Names;

/// <summary>
/// The languages one request asks names in: its <c>Accept-Language</c> header, read once. Work done for a caller
/// outside their HTTP request (a live stream's events) states the caller's preference with <see cref="Use"/>. Part of
/// the request's ETag and result-cache key, since the names it reads depend on it.
/// </summary>
public sealed class RequestLanguage(IHttpContextAccessor http)
{
    private LanguagePreference? _preference;

    public LanguagePreference Preference =>
        _preference ??= LanguagePreference.Parse(http.HttpContext?.Request.Headers[HeaderNames.AcceptLanguage].ToString());

    public RequestLanguage Use(LanguagePreference preference)
    {
        _preference = preference;
        return this;
    }
}
