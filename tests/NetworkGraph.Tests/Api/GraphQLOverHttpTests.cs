using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Api;

/// <summary>The transport rules of the GraphQL-over-HTTP specification, as our endpoint applies them.</summary>
public sealed class GraphQLOverHttpTests : IAsyncLifetime
{
    private readonly NetworkGraphApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task post_json_answers_with_graphql_response_json_when_accepted()
    {
        var (response, body) = await _app.PostAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(NetworkGraphApp.GraphQLResponse, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", body.ToJsonString());
    }

    [Fact]
    public async Task post_json_answers_with_application_json_when_only_that_is_accepted()
    {
        var (response, _) = await _app.PostAsync("{ __typename }", accept: "application/json");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task an_unacceptable_accept_header_gets_406()
    {
        using var client = _app.CreateClient();
        using var request = JsonPost("""{"query":"{ __typename }"}""");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/xml"));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task a_mutation_sent_with_get_is_refused_with_405()
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("mutation { submitFeedback }"));
        request.Headers.Add("GraphQL-Require-Preflight", "1");

        var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
        Assert.Equal("Mutations must be sent with POST.", body["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_mutation_sent_with_get_is_refused_with_405_even_without_the_preflight_header()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation M { x }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("M")]
    public async Task a_mutation_selected_by_an_empty_or_its_own_operation_name_is_refused_on_get(string operationName)
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get,
            "/graphql?query=" + Uri.EscapeDataString("mutation M { submitFeedback }") + "&operationName=" + operationName);
        request.Headers.Add("GraphQL-Require-Preflight", "1");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task a_query_sent_with_get_and_the_preflight_header_is_answered()
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ __typename }"));
        request.Headers.Add("GraphQL-Require-Preflight", "1");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task a_get_without_the_preflight_header_is_refused_as_possible_cross_site_forgery()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ __typename }"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("GraphQL-Require-Preflight", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task malformed_json_gets_400_with_a_graphql_error_body()
    {
        using var client = _app.CreateClient();
        using var request = JsonPost("""{"query": "{ __typename }" """);

        var response = await client.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            """{"errors":[{"message":"The request body is not valid JSON.","extensions":{"code":"BAD_REQUEST"}}]}""",
            body.ToJsonString());
    }

    [Theory]
    [InlineData("""{"variables":{}}""", "The request has no 'query'.")]
    [InlineData("""{"query":42}""", "'query' must be a JSON string or null.")]
    [InlineData("""{"query":"{ __typename }","variables":[1]}""", "'variables' must be a JSON object or null.")]
    [InlineData("""[{"query":"{ __typename }"}]""", "Batched requests are not supported; send one request object.")]
    [InlineData("\"{ __typename }\"", "The request body must be a JSON object with a 'query'.")]
    public async Task a_body_that_is_not_a_graphql_request_gets_400_naming_the_problem(string json, string message)
    {
        using var client = _app.CreateClient();

        var response = await client.SendAsync(JsonPost(json));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, body["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_post_that_is_not_json_gets_415()
    {
        using var client = _app.CreateClient();

        var response = await client.PostAsync("/graphql", new StringContent("{ __typename }", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task a_query_with_an_unknown_field_gets_400_under_graphql_response_json()
    {
        var (response, body) = await _app.PostAsync("{ institution(id: \"harreragune\") { shoeSize } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(body["data"]);
        Assert.Contains("shoeSize", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_query_with_an_unknown_field_gets_200_under_legacy_application_json()
    {
        var (response, body) = await _app.PostAsync("{ institution(id: \"harreragune\") { shoeSize } }", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(body["errors"]);
    }

    [Fact]
    public async Task a_syntax_error_gets_400_under_graphql_response_json()
    {
        var (response, body) = await _app.PostAsync("{ institution(id: ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("SYNTAX_ERROR", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task a_body_over_the_size_limit_gets_400()
    {
        using var client = _app.CreateClient();
        var padding = new string(' ', 200 * 1024);

        var response = await client.SendAsync(JsonPost($$"""{"query":"{ __typename {{padding}} }"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task other_methods_get_405()
    {
        using var client = _app.CreateClient();

        var response = await client.DeleteAsync("/graphql");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static HttpRequestMessage JsonPost(string json) =>
        new(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
