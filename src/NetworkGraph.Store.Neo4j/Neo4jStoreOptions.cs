using System.Text.RegularExpressions;

namespace NetworkGraph.Store.Neo4j;

/// <summary>
/// Where the Neo4j graph lives and how to reach it: the server's HTTP address (the Query API sits
/// under <c>/db/{Database}/query/v2</c>), the database, Basic credentials or a bearer token (or neither,
/// for a server without auth), and the longest any one store call may take, retries included.
/// </summary>
public sealed partial record Neo4jStoreOptions(
    Uri Uri,
    string Database,
    string? User,
    string? Password,
    string? BearerToken,
    TimeSpan Timeout)
{
    /// <summary>Attempts of one call when the server answers <c>Neo.TransientError.*</c>, the first included.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The wait before the second attempt; each later wait doubles, up to <see cref="RetryMaxDelay"/>, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Every problem with these options, each naming the setting to fix; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Uri is not { IsAbsoluteUri: true } || (Uri.Scheme != System.Uri.UriSchemeHttp && Uri.Scheme != System.Uri.UriSchemeHttps))
        {
            problems.Add($"Neo4j:Uri must be the server's absolute http or https address, such as http://localhost:7474 (got '{Uri}').");
        }
        if (string.IsNullOrWhiteSpace(Database) || !DatabaseName().IsMatch(Database))
        {
            problems.Add($"Neo4j:Database must name a database, such as neo4j (got '{Database}').");
        }
        var hasUser = !string.IsNullOrEmpty(User);
        var hasPassword = !string.IsNullOrEmpty(Password);
        if (hasUser && !hasPassword)
        {
            problems.Add("Neo4j:Password must be set when Neo4j:User is.");
        }
        if (hasPassword && !hasUser)
        {
            problems.Add("Neo4j:User must be set when Neo4j:Password is.");
        }
        if ((hasUser || hasPassword) && !string.IsNullOrEmpty(BearerToken))
        {
            problems.Add("Set either Neo4j:User and Neo4j:Password or Neo4j:BearerToken, not both.");
        }
        if (Timeout <= TimeSpan.Zero)
        {
            problems.Add($"Neo4j:Timeout must be positive (got {Timeout}).");
        }
        if (MaxAttempts < 1 || RetryBaseDelay < TimeSpan.Zero || RetryMaxDelay < RetryBaseDelay)
        {
            problems.Add("Neo4j:MaxAttempts must be at least 1, and Neo4j:RetryMaxDelay at least Neo4j:RetryBaseDelay, which cannot be negative.");
        }
        return problems;
    }

    // Neo4j's own rule for database names: ASCII letters, digits, dots and dashes, starting with a letter.
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9.-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatabaseName();
}
