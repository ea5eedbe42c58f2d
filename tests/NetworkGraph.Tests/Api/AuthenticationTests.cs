using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Api;

/// <summary>Strict JWT validation: a token that fails any check is refused with 401, never read as anonymous.</summary>
public sealed class AuthenticationTests : IAsyncLifetime
{
    private readonly NetworkGraphApp _app = new();

    public static TheoryData<string, string> RefusedTokens() => new()
    {
        { "expired", TestTokens.Signed(expires: DateTime.UtcNow.AddMinutes(-10)) },
        { "not yet valid", TestTokens.Signed(notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddMinutes(20)) },
        { "wrong issuer", TestTokens.Signed(issuer: "someone-else") },
        { "wrong audience", TestTokens.Signed(audience: "another-api") },
        { "wrong key", TestTokens.Signed(key: "another-key-just-as-long-but-not-the-configured-one-0123456789-abcdefg") },
        { "alg none", TestTokens.Unsigned() },
        { "HS512 not allowed", TestTokens.Signed(algorithm: SecurityAlgorithms.HmacSha512) },
        { "garbage", "not-a-token" },
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task a_token_failing_validation_is_refused_with_401(string why, string token)
    {
        var (response, body) = await _app.PostAsync("{ __typename }", token: token);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, why);
        Assert.Equal("UNAUTHENTICATED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task a_non_bearer_authorization_header_is_refused_with_401()
    {
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "YWRtaW46YWRtaW4=");

        var response = await client.PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task a_valid_token_is_accepted()
    {
        var data = await _app.QueryAsync("{ __typename }", token: TestTokens.Signed());

        Assert.Equal("""{"__typename":"Query"}""", data.ToJsonString());
    }

    [Fact]
    public async Task without_anonymous_reading_a_request_without_a_token_gets_401()
    {
        await using var closed = new NetworkGraphApp(anonymousRead: false);

        var (response, body) = await closed.PostAsync("{ institutions { totalCount } }");
        var (readerResponse, _) = await closed.PostAsync("{ institutions { totalCount } }", token: closed.Token("reader"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("UNAUTHENTICATED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, readerResponse.StatusCode);
    }

    [Fact]
    public async Task without_anonymous_reading_a_valid_token_without_a_known_role_gets_403()
    {
        await using var closed = new NetworkGraphApp(anonymousRead: false);

        var (response, body) = await closed.PostAsync("{ institutions { totalCount } }", token: TestTokens.Signed(role: "visitor"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("FORBIDDEN", body.ErrorCode());
    }
}
