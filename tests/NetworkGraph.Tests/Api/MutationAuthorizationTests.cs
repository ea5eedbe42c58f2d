using System.Net;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Api;

/// <summary>Every role against every mutation: allowed, FORBIDDEN (403) or UNAUTHENTICATED (401), and a refusal stores nothing.</summary>
public sealed class MutationAuthorizationTests
{
    private static readonly string?[] _callers = [null, "reader", "ngo", "coordinator", "admin"];

    public static TheoryData<string, string?> Cases()
    {
        var data = new TheoryData<string, string?>();
        foreach (var (name, _, _) in MutationDocuments.All)
        {
            foreach (var caller in _callers)
            {
                data.Add(name, caller);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task each_role_is_allowed_or_refused_as_the_security_model_says(string mutation, string? role)
    {
        var (_, document, allowed) = MutationDocuments.All.Single(m => m.Name == mutation);
        await using var app = new NetworkGraphApp();
        var token = role is null ? null : app.Token(role, role == "ngo" ? "arrupe-etxea" : null);

        var (response, body) = await app.PostAsync(document, token: token);
        var audit = await app.QueryAsync("{ auditEvents { totalCount } }", token: app.Token("admin"));

        var codes = body["errors"]?.AsArray().Select(e => e!["extensions"]?["code"]?.GetValue<string>()).ToList() ?? [];
        if (role is not null && allowed.Contains(role))
        {
            Assert.True(codes.Count == 0, $"{mutation} as {role}: {body["errors"]}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(1, audit["auditEvents"]!["totalCount"]!.GetValue<int>());
        }
        else
        {
            var expected = role is null ? "UNAUTHENTICATED" : "FORBIDDEN";
            Assert.Equal([expected], codes);
            Assert.Equal(role is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Null(body["data"]);
            Assert.Equal(0, audit["auditEvents"]!["totalCount"]!.GetValue<int>());
        }
    }
}
