using System.Globalization;
using Microsoft.Extensions.Options;
using NetworkGraph.Store.Neo4j;

namespace NetworkGraph.Api.Hosting;

/// <summary>
/// The <c>Neo4j</c> section as written in configuration. Durations are read here rather than bound
/// as <see cref="TimeSpan"/>, so that a malformed one is reported by name like every other setting
/// instead of failing the binder.
/// </summary>
public sealed class Neo4jSettings
{
    public const string Section = "Neo4j";

    /// <summary>The server's HTTP address, such as http://localhost:7474 (the Query API sits under it).</summary>
    public string? Uri { get; set; }

    public string Database { get; set; } = "neo4j";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Instead of <see cref="User"/> and <see cref="Password"/>, for servers that take SSO tokens.</summary>
    public string? BearerToken { get; set; }

    /// <summary>The longest one store call may take, retries of transient errors included.</summary>
    public string Timeout { get; set; } = "00:00:10";

    /// <summary>How long the service keeps trying to reach the server on start before it gives up.</summary>
    public string StartupWait { get; set; } = "00:01:00";

    /// <summary>The store's options and the start-up wait, or every problem, each naming its setting.</summary>
    public (Neo4jStoreOptions? Options, TimeSpan StartupWait, IReadOnlyList<string> Problems) Read()
    {
        var problems = new List<string>();
        var uri = ReadUri(problems);
        var timeout = ReadDuration(Timeout, "Timeout", problems);
        var startupWait = ReadDuration(StartupWait, "StartupWait", problems);
        // A placeholder lets the store's own rules report the other settings' problems once.
        var options = new Neo4jStoreOptions(
            uri ?? new System.Uri("http://localhost:7474"), Database, User, Password, BearerToken, timeout ?? TimeSpan.FromSeconds(10));
        problems.AddRange(options.Validate());
        return problems.Count == 0 ? (options, startupWait!.Value, problems) : (null, TimeSpan.Zero, problems);
    }

    /// <summary>The store's options.</summary>
    /// <exception cref="OptionsValidationException">A setting is missing or malformed; the message names it.</exception>
    public Neo4jStoreOptions ToStoreOptions()
    {
        var (options, _, problems) = Read();
        return options ?? throw new OptionsValidationException(Section, typeof(Neo4jSettings), problems);
    }

    private System.Uri? ReadUri(List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(Uri))
        {
            problems.Add("Neo4j:Uri must be set to the server's http or https address, such as http://localhost:7474, to use Neo4j.");
            return null;
        }
        if (!System.Uri.TryCreate(Uri, UriKind.Absolute, out var uri) || (uri.Scheme != System.Uri.UriSchemeHttp && uri.Scheme != System.Uri.UriSchemeHttps))
        {
            problems.Add($"Neo4j:Uri must be the server's absolute http or https address, such as http://localhost:7474 (got '{Uri}').");
            return null;
        }
        return uri;
    }

    private static TimeSpan? ReadDuration(string text, string name, List<string> problems)
    {
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var duration) && duration >= TimeSpan.Zero)
        {
            return duration;
        }
        problems.Add($"Neo4j:{name} must be a duration such as 00:00:10 (got '{text}').");
        return null;
    }
}
