using NetworkGraph.Store.Neo4j;

namespace NetworkGraph.Tests.Neo4j;

public sealed class Neo4jStoreOptionsTests
{
    [Fact]
    public void usable_options_have_no_problems() => Assert.Empty(StubbedNeo4j.Options.Validate());

    [Fact]
    public void a_server_without_auth_needs_no_credentials() =>
        Assert.Empty((StubbedNeo4j.Options with { User = null, Password = null }).Validate());

    [Theory]
    [InlineData("bolt://localhost:7687", "Neo4j:Uri")]
    [InlineData("localhost:7474", "Neo4j:Uri")]
    public void a_uri_that_is_not_http_names_the_setting(string uri, string setting) =>
        Assert.Contains(setting, Assert.Single(Problems(StubbedNeo4j.Options with { Uri = new Uri(uri, UriKind.RelativeOrAbsolute) })), StringComparison.Ordinal);

    [Theory]
    [InlineData("")]
    [InlineData("my db")]
    [InlineData("db/../system")]
    public void a_database_that_is_no_name_names_the_setting(string database) =>
        Assert.Contains("Neo4j:Database", Assert.Single(Problems(StubbedNeo4j.Options with { Database = database })), StringComparison.Ordinal);

    [Fact]
    public void a_user_without_a_password_names_the_password_setting() =>
        Assert.Contains("Neo4j:Password", Assert.Single(Problems(StubbedNeo4j.Options with { Password = null })), StringComparison.Ordinal);

    [Fact]
    public void a_password_without_a_user_names_the_user_setting() =>
        Assert.Contains("Neo4j:User", Assert.Single(Problems(StubbedNeo4j.Options with { User = "" })), StringComparison.Ordinal);

    [Fact]
    public void basic_and_bearer_credentials_together_are_refused() =>
        Assert.Contains("Neo4j:BearerToken", Assert.Single(Problems(StubbedNeo4j.Options with { BearerToken = "token" })), StringComparison.Ordinal);

    [Fact]
    public void a_store_with_bad_options_refuses_to_start_and_says_why()
    {
        var failure = Assert.Throws<ArgumentException>(
            () => StubbedNeo4j.Store(new QueryApiStub(), StubbedNeo4j.Options with { Database = "", Timeout = TimeSpan.Zero }));

        Assert.Contains("Neo4j:Database", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Neo4j:Timeout", failure.Message, StringComparison.Ordinal);
    }

    private static IReadOnlyList<string> Problems(Neo4jStoreOptions options) => options.Validate();
}
