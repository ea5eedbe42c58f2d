namespace NetworkGraph.Core.Schema;

/// <summary>An absolute http(s) URL: what a website (<see cref="PropertyKind.Url"/>) and the source of a name must be.</summary>
public static class WebUrl
{
    public static bool IsValid(string? text) => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
