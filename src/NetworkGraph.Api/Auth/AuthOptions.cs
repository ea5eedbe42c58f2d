using System.ComponentModel.DataAnnotations;

namespace NetworkGraph.Api.Auth;

/// <summary>JWT bearer validation settings; every token is checked for issuer, audience, lifetime, signature and algorithm.</summary>
public sealed class AuthOptions : IValidatableObject
{
    public const string Section = "Auth";

    [Required(ErrorMessage = "Auth:Issuer must be set.")]
    public string Issuer { get; set; } = "";

    [Required(ErrorMessage = "Auth:Audience must be set.")]
    public string Audience { get; set; } = "";

    /// <summary>A shared HMAC key of at least 32 bytes (UTF-8). Either this or <see cref="Authority"/>.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Marks <see cref="SigningKey"/> as a development key: only then does the token command mint tokens.</summary>
    public bool SigningKeyIsDevelopmentKey { get; set; }

    /// <summary>An OpenID Connect authority whose published keys sign the tokens. Either this or <see cref="SigningKey"/>.</summary>
    public string? Authority { get; set; }

    [MinLength(1, ErrorMessage = "Auth:AllowedAlgorithms must name at least one algorithm.")]
    public string[] AllowedAlgorithms { get; set; } = ["HS256"];

    [Range(0, 300, ErrorMessage = "Auth:ClockSkewSeconds must be between 0 and 300.")]
    public int ClockSkewSeconds { get; set; } = 30;

    [Range(1, 7 * 24 * 60, ErrorMessage = "Auth:TokenLifetimeMinutes must be between 1 and 10080.")]
    public int TokenLifetimeMinutes { get; set; } = 8 * 60;

    /// <summary>Lets callers without a token read the public graph (never feedback items).</summary>
    public bool AllowAnonymousRead { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(SigningKey) == string.IsNullOrWhiteSpace(Authority))
        {
            yield return new ValidationResult("Set exactly one of Auth:SigningKey and Auth:Authority.");
        }
        if (SigningKey is { Length: > 0 } key && System.Text.Encoding.UTF8.GetByteCount(key) < 32)
        {
            yield return new ValidationResult("Auth:SigningKey must be at least 32 bytes long.");
        }
        if (Authority is { Length: > 0 } authority && !(Uri.TryCreate(authority, UriKind.Absolute, out var uri) && uri.Scheme == "https"))
        {
            yield return new ValidationResult("Auth:Authority must be an absolute https URL.");
        }
        if (AllowedAlgorithms.Any(a => a.Equals("none", StringComparison.OrdinalIgnoreCase)))
        {
            yield return new ValidationResult("Auth:AllowedAlgorithms must not allow unsigned tokens ('none').");
        }
    }
}
