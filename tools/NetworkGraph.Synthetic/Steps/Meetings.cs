using System.Globalization;
using NetworkGraph.Core.Graph;
using NetworkGraph.Synthetic.World;

namespace NetworkGraph.Synthetic.Steps;

/// <summary>About one meeting per network (none to three), attended by most members and now and then a guest.</summary>
internal static class Meetings
{
    private static readonly DateOnly _first = new(2022, 1, 1);
    private static readonly DateOnly _last = new(2024, 12, 31);
    private static readonly int[] _countWeights = [20, 50, 20, 10];

    public static void Build(SyntheticWorld world)
    {
        foreach (var network in world.Networks)
        {
            var count = world.PickWeighted(_countWeights);
            var dates = Enumerable.Range(0, count).Select(_ => Dates.Between(world, _first, _last)).Order().ToList();
            foreach (var date in dates)
            {
                Add(world, network, date);
            }
        }
    }

    private static void Add(SyntheticWorld world, SyntheticNetwork network, DateOnly date)
    {
        var meeting = new SyntheticMeeting(world.NextId(NodeLabel.Meeting), date, network);
        var theme = world.Pick(network.Themes);
        world.AddNode(NodeLabel.Meeting, meeting.Id, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = $"{network.Name}: session of {date.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}",
            ["date"] = Dates.Text(date),
            ["summary"] = $"Synthetic session of {network.Name} reviewing {theme.Name.ToLower(CultureInfo.InvariantCulture)}.",
        });
        world.Relate(RelationshipType.Of, meeting.Id, network.Id);
        network.Meetings.Add(meeting);
        world.Meetings.Add(meeting);
        var attended = 0;
        foreach (var member in network.Members)
        {
            // Two members at least, so that every meeting is a place where two institutions meet.
            if (world.Chance(0.7) || attended < 2)
            {
                world.Relate(RelationshipType.Attended, member.Id, meeting.Id);
                attended++;
            }
        }
        if (world.Chance(0.15) && network.Place.Parent is { } above && above.Authorities.Count > 0)
        {
            world.Relate(RelationshipType.Attended, world.Pick(above.Authorities).Id, meeting.Id);
        }
    }
}
