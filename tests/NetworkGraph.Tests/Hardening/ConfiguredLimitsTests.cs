using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Execution;
using NetworkGraph.Api.Limits;
using NetworkGraph.Core.Graph;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Hardening;

/// <summary>The limits that need a setting other than the default to be seen, and the settings' validation.</summary>
public sealed class ConfiguredLimitsTests : IAsyncLifetime
{
    private readonly NetworkGraphApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private WebApplicationFactory<Program> With(params (string Key, string Value)[] settings) =>
        _app.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });

    [Fact]
    public async Task an_operation_that_outruns_the_timeout_is_stopped_with_limit_exceeded()
    {
        using var app = _app.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("GraphQL:Limits:ExecutionTimeoutSeconds", "0.2");
            builder.ConfigureTestServices(services =>
                services.AddSingleton<IGraphStore>(provider => new SlowGraphStore(provider.GetRequiredService<CountingGraphStore>(), TimeSpan.FromSeconds(30))));
        });
        ((SlowGraphStore)app.Services.GetRequiredService<IGraphStore>()).Slowed = true;

        var (status, answer, _) = await app.PostQueryAsync("{ institutions { totalCount } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("LIMIT_EXCEEDED", answer.Code());
        Assert.Equal("GraphQL:Limits:ExecutionTimeoutSeconds", answer.Limit());
        Assert.Null(answer["data"]);
    }

    [Fact]
    public async Task introspection_is_refused_when_switched_off()
    {
        using var app = With(("GraphQL:Limits:Introspection", "false"));

        var (status, answer, _) = await app.PostQueryAsync("{ __schema { queryType { name } } }");
        var (_, ordinary, _) = await app.PostQueryAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Introspection queries are not allowed.", answer.Message());
        Assert.Null(ordinary["errors"]);
    }

    [Fact]
    public async Task introspection_is_on_by_default_and_the_ides_query_fits_the_limits()
    {
        var (status, answer, _) = await _app.PostQueryAsync(IntrospectionQuery);

        Assert.True(status == HttpStatusCode.OK, answer.ToJsonString());
        Assert.Null(answer["errors"]);
    }

    [Fact]
    public async Task field_suggestions_are_masked_outside_development()
    {
        var (_, answer, _) = await _app.PostQueryAsync("{ institution(id: \"harreragune\") { nam } }");

        Assert.Equal("Cannot query field 'nam' on type 'Institution'.", answer.Message());
    }

    [Fact]
    public async Task field_suggestions_are_shown_when_switched_on()
    {
        using var app = With(("GraphQL:Limits:FieldSuggestions", "true"));

        var (_, answer, _) = await app.PostQueryAsync("{ institution(id: \"harreragune\") { nam } }");

        Assert.Contains("Did you mean 'name'", answer.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_client_over_its_rate_gets_429_with_retry_after_and_a_graphql_error()
    {
        using var app = With(("GraphQL:Limits:RateLimit:Burst", "2"), ("GraphQL:Limits:RateLimit:PerSecond", "1"));

        await app.PostQueryAsync("{ __typename }");
        await app.PostQueryAsync("{ __typename }");
        var (status, answer, response) = await app.PostQueryAsync("{ __typename }");

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"Retry-After: {response.Headers.RetryAfter}");
        Assert.Equal("LIMIT_EXCEEDED", answer.Code());
        Assert.Equal("GraphQL:Limits:RateLimit", answer.Limit());
    }

    [Fact]
    public async Task the_rate_limit_keeps_one_bucket_per_token_subject()
    {
        using var app = With(("GraphQL:Limits:RateLimit:Burst", "1"), ("GraphQL:Limits:RateLimit:PerSecond", "1"));

        var (first, _, _) = await app.PostQueryAsync("{ __typename }", token: app.Token("reader", "dashboard-a"));
        var (other, _, _) = await app.PostQueryAsync("{ __typename }", token: app.Token("reader", "dashboard-b"));
        var (again, _, _) = await app.PostQueryAsync("{ __typename }", token: app.Token("reader", "dashboard-a"));

        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.OK, other);
        Assert.Equal(HttpStatusCode.TooManyRequests, again);
    }

    [Fact]
    public async Task the_rate_limit_does_not_apply_to_health_checks()
    {
        using var app = With(("GraphQL:Limits:RateLimit:Burst", "1"), ("GraphQL:Limits:RateLimit:PerSecond", "1"));
        using var client = app.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        }
    }

    [Fact]
    public async Task a_repeated_document_is_parsed_once()
    {
        var documents = _app.Services.GetRequiredService<DocumentCache>();
        var before = documents.Count;

        await _app.PostQueryAsync("{ institutions { totalCount } }", new { unused = 1 });
        await _app.PostQueryAsync("{ institutions { totalCount } }", new { unused = 2 });

        Assert.Equal(before + 1, documents.Count);
    }

    [Fact]
    public void a_bad_limit_setting_stops_the_host_naming_the_setting()
    {
        using var app = With(("GraphQL:Limits:MaxDepth", "0"));

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<LimitsOptions>>().Value);

        Assert.Contains("GraphQL:Limits:MaxDepth must be between 1 and 100.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_bad_nested_limit_setting_is_refused_too()
    {
        using var app = With(("GraphQL:Limits:RateLimit:Burst", "0"));

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<LimitsOptions>>().Value);

        Assert.Contains("GraphQL:Limits:RateLimit:Burst", error.Message, StringComparison.Ordinal);
    }

    /// <summary>graphql-js's getIntrospectionQuery() with its default options (TypeRef nested nine levels).</summary>
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
            ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        }
        """;
}
