using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NetworkGraph.Tests.Support;

/// <summary>Tokens that differ from a valid one in exactly one way, for the refusals.</summary>
public static class TestTokens
{
    public static string Signed(
        string role = "reader",
        string? org = null,
        string issuer = NetworkGraphApp.Issuer,
        string audience = NetworkGraphApp.Audience,
        string key = NetworkGraphApp.SigningKey,
        DateTime? expires = null,
        DateTime? notBefore = null,
        string algorithm = SecurityAlgorithms.HmacSha256)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object> { ["sub"] = "test-user", ["role"] = role };
        if (org is not null)
        {
            claims["org"] = org;
        }
        var end = expires ?? now.AddMinutes(10);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = (notBefore ?? now) < end ? notBefore ?? now : end.AddMinutes(-1),
            NotBefore = (notBefore ?? now) < end ? notBefore ?? now : end.AddMinutes(-1),
            Expires = end,
            Claims = claims,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), algorithm),
        });
    }

    /// <summary>A token that says it needs no signature.</summary>
    public static string Unsigned(string role = "admin")
    {
        static string Part(object value) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(value));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return Part(new { alg = "none", typ = "JWT" }) + "." + Part(new
        {
            iss = NetworkGraphApp.Issuer,
            aud = NetworkGraphApp.Audience,
            sub = "forger",
            role,
            nbf = now,
            iat = now,
            exp = now + 600,
        }) + ".";
    }
}
