using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Api;

/// <summary>Store round trips per request are bounded by the query's depth, never by the number of items.</summary>
public sealed class BatchLoadingTests
{
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
        await using var app = new NetworkGraphApp(seeded: false);
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
        // The page, then one batch per level: memberships, their networks, the networks' members,
        // those members' institutions, and referrals (none here, so no referral targets to load).
        Assert.Equal(6, forSixty);
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
