using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NetworkGraph.Api.Auth;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Hardening;

/// <summary>Sends raw requests to an in-process host and checks it is still healthy and unwritten afterwards.</summary>
public static class HardeningClient
{
    public static Task<(HttpStatusCode Status, JsonNode Body, HttpResponseMessage Response)> PostRawAsync(
        this WebApplicationFactory<Program> app, string body, string contentType = "application/json", string? token = null) =>
        app.PostBytesAsync(Encoding.UTF8.GetBytes(body), contentType, token);

    public static async Task<(HttpStatusCode Status, JsonNode Body, HttpResponseMessage Response)> PostBytesAsync(
        this WebApplicationFactory<Program> app, byte[] body, string contentType = "application/json", string? token = null)
    {
        using var client = app.CreateClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(NetworkGraphApp.GraphQLResponse));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        var response = await client.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!, response);
    }

    public static Task<(HttpStatusCode Status, JsonNode Body, HttpResponseMessage Response)> PostQueryAsync(
        this WebApplicationFactory<Program> app, string query, object? variables = null, object? extensions = null, string? token = null) =>
        app.PostRawAsync(System.Text.Json.JsonSerializer.Serialize(new { query, variables, extensions }), token: token);

    public static string Token(this WebApplicationFactory<Program> app, string role, string? subject = null) =>
        app.Services.GetRequiredService<TokenIssuer>().Issue([role], null, subject);

    /// <summary>The server still answers an ordinary query, and no mutation was recorded.</summary>
    public static async Task AssertHealthyAndUnwrittenAsync(this WebApplicationFactory<Program> app)
    {
        var (status, body, _) = await app.PostQueryAsync("{ institution(id: \"harreragune\") { id } auditEvents { totalCount } }", token: app.Token(Roles.Admin));

        Assert.True(status == HttpStatusCode.OK, $"After the hostile request the server answered {(int)status}: {body.ToJsonString()}");
        Assert.Null(body["errors"]);
        Assert.Equal("harreragune", body["data"]!["institution"]!["id"]!.GetValue<string>());
        Assert.Equal(0, body["data"]!["auditEvents"]!["totalCount"]!.GetValue<int>());
    }

    public static string Code(this JsonNode body) =>
        body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() ?? throw new Xunit.Sdk.XunitException($"No error in {body.ToJsonString()}");

    public static string Limit(this JsonNode body) => body["errors"]![0]!["extensions"]!["limit"]!.GetValue<string>();

    public static string Message(this JsonNode body) => body["errors"]![0]!["message"]!.GetValue<string>();
}
