using System.Security.Claims;

namespace NetworkGraph.Api.Live;

/// <summary>What a live stream keeps of its caller for its whole life: the claims a read or the token's expiry needs.</summary>
public static class LiveCallers
{
    private static readonly HashSet<string> _kept = new(StringComparer.Ordinal) { "sub", "role", "org", "exp" };

    /// <summary>
    /// A principal with only the subject, roles, organisation and expiry of <paramref name="caller"/>: a validated token
    /// carries the token itself and a dozen claims, kilobytes that thousands of idle streams would hold for nothing.
    /// </summary>
    public static ClaimsPrincipal Kept(ClaimsPrincipal caller)
    {
        if (caller.Identity is not ClaimsIdentity { IsAuthenticated: true } identity)
        {
            return caller;
        }
        var claims = identity.Claims.Where(claim => _kept.Contains(claim.Type)).Select(claim => new Claim(claim.Type, claim.Value));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, identity.AuthenticationType, "sub", "role"));
    }
}
