using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Api;

/// <summary>
/// Store round trips per request are bounded by the query's depth, never by the number of items. These count what an
/// execution reads, so the result cache is off (its own read of the graph version is pinned in ResultCacheTests).
/// </summary>
public sealed class BatchLoadingTests
{
    private static NetworkGraphApp Uncached() =>
        new(seeded: false, settings: new Dictionary<string, string> { ["ResultCache:Enabled"] = "false" });

    private const string TwoLevelsOfRelations = """
        query($first: Int!) {
          institutions(first: $first, where: { nameContains: "member" }) {
            nodes {
              name
              memberships { role network { name members { institution { name } } } }
              referralsOut { to { name } }
            }
          }
        }
        """;

    [Fact]
    public async Task a_query_over_sixty_institutions_makes_as_many_round_trips_as_over_two()
    {
        await using var app = Uncached();
        var builder = new GraphBuilder().Network("table-a", "Table A").Network("table-b", "Table B");
        for (var i = 0; i < 60; i++)
        {
            var id = $"member-{i:D2}";
            builder.Institution(id, $"Member {i:D2}").MemberOf(id, i % 2 == 0 ? "table-a" : "table-b");
        }
        await builder.WriteToAsync(app.Store);

        var forTwo = await RoundTripsAsync(app, first: 2);
        var forSixty = await RoundTripsAsync(app, first: 60);

        Assert.Equal(forTwo, forSixty);
        // The page, then one batch per level of relationships, each with the nodes it leads to: memberships
        // with their networks, the networks' members with their institutions, and referrals.
        Assert.Equal(4, forSixty);
    }

    [Theory]
    [InlineData("{ institution(id: \"harreragune\") { memberships { role } } }", 0, 2)]
    [InlineData("{ institution(id: \"harreragune\") { memberships { role network { name } } } }", 1, 2)]
    [InlineData("{ institution(id: \"harreragune\") { memberships { ...Where } } } fragment Where on Membership { network { name } }", 1, 2)]
    [InlineData("{ network(id: \"aholku-sarea\") { members { role institution { name } } } }", 1, 2)]
    public async Task the_nodes_at_the_other_end_come_with_the_relationships_only_when_the_query_follows_them(
        string query, int expansionsWithEnds, int roundTrips)
    {
        await using var app = Uncached();
        await new GraphBuilder().Institution("harreragune", "Harreragune").Network("aholku-sarea", "Aholku Sarea")
            .MemberOf("harreragune", "aholku-sarea").WriteToAsync(app.Store);
        app.Store.Reset();

        await app.QueryAsync(query);

        Assert.Equal(expansionsWithEnds, app.Store.ExpansionsWithEnds);
        Assert.Equal(roundTrips, app.Store.RoundTrips);
    }

    private static async Task<int> RoundTripsAsync(NetworkGraphApp app, int first)
    {
        app.Store.Reset();
        var data = await app.QueryAsync(TwoLevelsOfRelations, new { first });
        var nodes = data["institutions"]!["nodes"]!.AsArray();
        Assert.Equal(first, nodes.Count);
        Assert.All(nodes, node => Assert.Equal(30, node!["memberships"]![0]!["network"]!["members"]!.AsArray().Count));
        return app.Store.RoundTrips;
    }
}
