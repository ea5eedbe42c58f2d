using System.Globalization;
using System.Security.Claims;

namespace NetworkGraph.Api.Live.Transports;

/// <summary>When a caller's token stops being valid: a live connection outlives no token.</summary>
public static class TokenLifetime
{
    // Beyond what a timer can wait; no token of this service lives that long.
    private static readonly TimeSpan _maxWait = TimeSpan.FromDays(30);

    /// <summary>The token's <c>exp</c>, or null for an anonymous caller (nothing expires).</summary>
    public static DateTimeOffset? ExpiresAt(ClaimsPrincipal caller) =>
        caller.Identity?.IsAuthenticated == true
        && long.TryParse(caller.FindFirst("exp")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>
    /// Completes when the token expires, allowing the clock skew tokens are validated with (a token expires for a
    /// stream when a request with it would be refused); never for an anonymous caller.
    /// </summary>
    public static Task ExpiryAsync(ClaimsPrincipal caller, TimeSpan clockSkew, TimeProvider time, CancellationToken cancellationToken)
    {
        if (ExpiresAt(caller) is not { } expires)
        {
            return Task.Delay(Timeout.Infinite, cancellationToken);
        }
        var left = expires + clockSkew - time.GetUtcNow();
        return left <= TimeSpan.Zero ? Task.CompletedTask
            : left > _maxWait ? Task.Delay(Timeout.Infinite, cancellationToken)
            : Task.Delay(left, time, cancellationToken);
    }
}
