using System.Net;
using System.Text;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Hardening;

/// <summary>
/// Hostile requests over HTTP: each gets a clear error and status, and afterwards the server still answers
/// an ordinary query and nothing was written.
/// </summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private readonly NetworkGraphApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("""{"query": "{ __typename }" """)]
    [InlineData("""{"query": "{ __typename }"}}}""")]
    [InlineData("")]
    [InlineData("\u0000\u0001")]
    public async Task malformed_json_is_a_bad_request(string body)
    {
        var (status, answer, _) = await _app.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BAD_REQUEST", answer.Code());
        await _app.AssertHealthyAndUnwrittenAsync();
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=latin1")]
    public async Task a_body_of_another_media_type_gets_415(string contentType)
    {
        var (status, answer, _) = await _app.PostRawAsync("""{"query":"{ __typename }"}""", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("BAD_REQUEST", answer.Code());
        await _app.AssertHealthyAndUnwrittenAsync();
    }

    [Fact]
    public async Task invalid_utf8_bytes_in_the_body_are_a_bad_request()
    {
        byte[] body = [.. "{\"query\":\"{ institutions(where: { nameContains: \\\""u8, 0xC3, 0x28, 0xFF, .. "\\\" }) { totalCount } }\"}"u8];

        var (status, answer, _) = await _app.PostBytesAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("The request body is not valid UTF-8.", answer.Message());
        await _app.AssertHealthyAndUnwrittenAsync();
    }

    [Fact]
    public async Task a_body_over_the_request_size_limit_is_refused_before_it_is_read_whole()
    {
        // A 1 MB string variable: larger than GraphQL:MaxRequestBytes (100 KiB).
        var (status, answer, _) = await _app.PostQueryAsync(
            "mutation($text: String!) { submitFeedback(input: { title: $text, description: $text, themeId: \"reception\" }) { id } }",
            new { text = new string('x', 1024 * 1024) });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("LIMIT_EXCEEDED", answer.Code());
        Assert.Equal("GraphQL:MaxRequestBytes", answer.Limit());
        Assert.Equal(102400, answer["errors"]![0]!["extensions"]!["max"]!.GetValue<int>());
        await _app.AssertHealthyAndUnwrittenAsync();
    }

    [Fact]
    public async Task a_document_longer_than_the_limit_is_refused()
    {
        var query = "{ __typename }" + new string(' ', 30_000);

        var (status, answer, _) = await _app.PostQueryAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("GraphQL:Limits:MaxDocumentLength", answer.Limit());
        Assert.Equal("The document is 30014 characters long; at most 20000 are allowed.", answer.Message());
        await _app.AssertHealthyAndUnwrittenAsync();
    }

    [Fact]
    public async Task a_document_with_too_many_tokens_is_refused()
    {
        var query = "{" + string.Concat(Enumerable.Repeat(" x", 6_000)) + " }";

        var (status, answer, _) = await _app.PostQueryAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("LIMIT_EXCEEDED", answer.Code());
        Assert.Equal("GraphQL:Limits:MaxTokens", answer.Limit());
        await _app.AssertHealthyAndUnwrittenAsync();
    }

    [Fact]
    public async Task syntax_nested_beyond_the_parser_depth_is_refused_without_recursing_further()
    {
        var query = string.Concat(Enumerable.Repeat("{ a ", 400)) + new string('}', 400);

        var (status, answer, _) = await _app.PostQueryAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("LIMIT_EXCEEDED", answer.Code());
        Assert.Equal("GraphQL:MaxParserDepth", answer.Limit());
        await _app.AssertHealthyAndUnwrittenAsync();
    }

    [Fact]
    public async Task a_query_nested_deeper_than_the_depth_limit_is_refused()
    {
        // institution > memberships > network > members > institution > ... : 14 levels.
        var cycle = "memberships { network { members { institution { ";
        var query = "{ institution(id: \"harreragune\") { " + string.Concat(Enumerable.Repeat(cycle, 3)) + "id" + new string('}', 13) + " }";

        var (status, answer, _) = await _app.PostQueryAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("LIMIT_EXCEEDED", answer.Code());
        Assert.Equal("GraphQL:Limits:MaxDepth", answer.Limit());
        Assert.Equal("The operation nests fields 14 levels deep; at most 12 are allowed.", answer.Message());
        await _app.AssertHealthyAndUnwrittenAsync();
    }

    [Fact]
    public async Task an_alias_bomb_is_refused()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 200).Select(i => $"a{i}: coordinationMatrix {{ eiIndex }}")) + " }";

        var (status, answer, _) = await _app.PostQueryAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("GraphQL:Limits:MaxAliases", answer.Limit());
        Assert.Equal("The document uses 200 aliases; at most 30 are allowed.", answer.Message());
        await _app.AssertHealthyAndUnwrittenAsync();
    }

    [Fact]
    public async Task a_fragment_bomb_is_refused_without_expanding_it()
    {
        // F0 spreads F1 five times, F1 spreads F2 five times ...: 5^25 fields once expanded, a few hundred bytes as text.
        var fragments = new StringBuilder("query Bomb { ...F0 }\n");
        for (var i = 0; i < 25; i++)
        {
            fragments.Append($"fragment F{i} on Query {{ {string.Concat(Enumerable.Repeat($"...F{i + 1} ", 5))}}}\n");
        }
        fragments.Append("fragment F25 on Query { institutions { totalCount } }");

        var (status, answer, _) = await _app.PostQueryAsync(fragments.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("LIMIT_EXCEEDED", answer.Code());
        Assert.Equal("GraphQL:Limits:MaxComplexity", answer.Limit());
        await _app.AssertHealthyAndUnwrittenAsync();
    }

    [Fact]
    public async Task circular_fragments_are_refused_by_validation()
    {
        var (status, answer, _) = await _app.PostQueryAsync(
            "query { ...A } fragment A on Query { institutions { totalCount } ...B } fragment B on Query { ...A }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Cannot spread fragment", answer.Message(), StringComparison.Ordinal);
        await _app.AssertHealthyAndUnwrittenAsync();
    }

    [Fact]
    public async Task a_query_over_the_complexity_limit_is_refused_before_it_runs()
    {
        const string query = """
            { institutions(first: 100) { nodes { memberships { network { members { institution {
                memberships { network { name } } } } } } } } }
            """;
        _app.Store.Reset();

        var (status, answer, _) = await _app.PostQueryAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("LIMIT_EXCEEDED", answer.Code());
        Assert.Equal("GraphQL:Limits:MaxComplexity", answer.Limit());
        Assert.StartsWith("The operation's complexity is ", answer.Message(), StringComparison.Ordinal);
        Assert.Equal(0, _app.Store.RoundTrips);
        await _app.AssertHealthyAndUnwrittenAsync();
    }

    [Fact]
    public async Task an_oversized_batch_is_refused()
    {
        var batch = "[" + string.Join(",", Enumerable.Repeat("""{"query":"{ __typename }"}""", 1_000)) + "]";

        var (status, answer, _) = await _app.PostRawAsync(batch);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Batched requests are not supported; send one request object.", answer.Message());
        await _app.AssertHealthyAndUnwrittenAsync();
    }

    [Theory]
    [InlineData("""{"first":"many"}""")]
    [InlineData("""{"first":1.5}""")]
    [InlineData("""{"first":99999999999999999999}""")]
    [InlineData("""{"first":{"$gt":1}}""")]
    public async Task invalid_variables_are_bad_user_input(string variables)
    {
        var (status, answer, _) = await _app.PostRawAsync(
            $$"""{"query":"query($first: Int) { institutions(first: $first) { totalCount } }","variables":{{variables}}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BAD_USER_INPUT", answer.Code());
        await _app.AssertHealthyAndUnwrittenAsync();
    }

    [Fact]
    public async Task a_page_larger_than_the_limit_is_bad_user_input()
    {
        // Issue 2 pins the page size as user input: 'first' outside 1..100 is BAD_USER_INPUT.
        var (_, answer, _) = await _app.PostQueryAsync("{ institutions(first: 101) { totalCount } }");

        Assert.Equal("BAD_USER_INPUT", answer.Code());
        await _app.AssertHealthyAndUnwrittenAsync();
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("djE6Li4vLi4vZXRjL3Bhc3N3ZA")] // "v1:../../etc/passwd"
    [InlineData("djE6JyBPUiAxPTEgLS0")] // "v1:' OR 1=1 --"
    public async Task a_forged_cursor_is_bad_user_input(string cursor)
    {
        var (_, answer, _) = await _app.PostQueryAsync("query($after: String) { institutions(after: $after) { totalCount } }", new { after = cursor });

        Assert.Equal("BAD_USER_INPUT", answer.Code());
        Assert.Equal("'after' is not a cursor issued by this API; pass a pageInfo.endCursor or an edge cursor.", answer.Message());
        await _app.AssertHealthyAndUnwrittenAsync();
    }

    [Fact]
    public async Task a_long_string_literal_within_the_limits_is_answered_without_echoing_it()
    {
        var text = new string('z', 15_000);

        var (status, answer, _) = await _app.PostQueryAsync($"{{ search(text: \"{text}\") {{ id }} }}");

        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"Answered {(int)status}");
        Assert.DoesNotContain(text, answer.ToJsonString(), StringComparison.Ordinal);
        await _app.AssertHealthyAndUnwrittenAsync();
    }
}
