using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NetworkGraph.Api.Auth;

/// <summary>Mints tokens signed with the configured key: for development and tests only.</summary>
public sealed class TokenIssuer(IOptions<AuthOptions> options, TimeProvider time)
{
    public string Issue(IReadOnlyList<string> roles, string? org, string? subject = null, TimeSpan? lifetime = null)
    {
        var auth = options.Value;
        if (!auth.SigningKeyIsDevelopmentKey || string.IsNullOrWhiteSpace(auth.SigningKey))
        {
            throw new InvalidOperationException(
                "Tokens are minted only with a signing key marked as a development key (Auth:SigningKeyIsDevelopmentKey=true).");
        }
        var unknown = roles.Except(Roles.All).ToList();
        if (roles.Count == 0 || unknown.Count > 0)
        {
            throw new ArgumentException($"Roles must be among {string.Join(", ", Roles.All)}; got {string.Join(", ", roles)}.", nameof(roles));
        }
        if (roles.Contains(Roles.Ngo) && string.IsNullOrWhiteSpace(org))
        {
            throw new ArgumentException("An ngo token needs the org (institution id) it acts for.", nameof(org));
        }
        var now = time.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            ["sub"] = subject ?? $"dev-{string.Join('-', roles)}{(org is null ? "" : "-" + org)}",
            ["role"] = roles.Count == 1 ? roles[0] : roles.ToArray(),
        };
        if (org is not null)
        {
            claims["org"] = org;
        }
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromMinutes(auth.TokenLifetimeMinutes)),
            Claims = claims,
            SigningCredentials = new SigningCredentials(AuthServiceCollectionExtensions.SigningKey(auth), SecurityAlgorithms.HmacSha256),
        });
    }
}
