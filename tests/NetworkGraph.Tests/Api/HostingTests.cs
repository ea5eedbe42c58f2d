using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Api;

public sealed class HostingTests
{
    /// <summary>Development validates every registered service on build, as `dotnet run` does.</summary>
    [Fact]
    public async Task the_service_builds_and_answers_in_development()
    {
        await using var app = new NetworkGraphApp(environment: "Development");

        var data = await app.QueryAsync("{ institution(id: \"harreragune\") { name } }");

        Assert.Equal("""{"institution":{"name":"Harreragune"}}""", data.ToJsonString());
    }
}
