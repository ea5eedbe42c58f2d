using NetworkGraph.Core.Graph;
using NetworkGraph.Synthetic.World;

namespace NetworkGraph.Synthetic.Steps;

/// <summary>
/// The dated steps of one feedback item up to a target stage (0 submitted ... 5 reported back).
/// Discussions happen at real meetings of networks near the raiser, and the item is submitted a
/// few weeks before the first of them; escalations climb the network of networks.
/// </summary>
internal sealed class FeedbackHistory
{
    private static readonly DateOnly _firstSubmission = new(2023, 1, 1);
    private static readonly DateOnly _lastSubmission = new(2025, 6, 30);

    public int Stage { get; private set; }

    public DateTimeOffset Submitted { get; private set; }

    public DateTimeOffset? Triaged { get; private set; }

    public List<SyntheticMeeting> Discussions { get; } = [];

    public List<DateTimeOffset> DiscussedAt { get; } = [];

    public List<SyntheticNetwork> Escalations { get; } = [];

    public List<DateTimeOffset> EscalatedAt { get; } = [];

    public DateTimeOffset? Resolved { get; private set; }

    public DateTimeOffset? ReportedBack { get; private set; }

    /// <summary>The latest step so far.</summary>
    public DateTimeOffset Last { get; private set; }

    public static FeedbackHistory Draw(SyntheticWorld world, Actor raiser, int target, List<SyntheticNetwork> european)
    {
        var history = new FeedbackHistory();
        var meetings = target >= 2 ? MeetingsNear(world, raiser) : [];
        var first = meetings.Count > 0 ? world.Pick(meetings) : null;
        var submittedOn = first is null
            ? Dates.Between(world, _firstSubmission, _lastSubmission)
            : first.Date.AddDays(-world.Random.Number(10, 90));
        history.Submitted = history.Last = Dates.OfficeHours(world, submittedOn);
        if (target >= 1)
        {
            history.Triaged = history.Last = Dates.OfficeHours(world, submittedOn.AddDays(world.Random.Number(1, 7)));
            history.Stage = 1;
        }
        if (first is null)
        {
            return history;
        }
        history.Discuss(world, first);
        var later = meetings.Where(m => m.Date > first.Date).ToList();
        if (later.Count > 0 && world.Chance(0.3))
        {
            history.Discuss(world, world.Pick(later));
        }
        if (target >= 3 && Above(world, history.Discussions[^1].Network, raiser, european) is { } escalation)
        {
            history.Escalate(world, escalation);
            if (world.Chance(0.35) && Above(world, escalation, raiser, european) is { } further)
            {
                history.Escalate(world, further);
            }
        }
        if (target >= 4 && history.Stage == 3)
        {
            history.Resolved = history.Last = Dates.OfficeHours(world, DateOnly.FromDateTime(history.Last.UtcDateTime).AddDays(world.Random.Number(30, 180)));
            history.Stage = 4;
            if (target >= 5)
            {
                history.ReportedBack = history.Last = history.Last.AddDays(world.Random.Number(3, 30));
                history.Stage = 5;
            }
        }
        return history;
    }

    private void Discuss(SyntheticWorld world, SyntheticMeeting meeting)
    {
        Discussions.Add(meeting);
        Last = Dates.OfficeHours(world, meeting.Date);
        DiscussedAt.Add(Last);
        Stage = 2;
    }

    private void Escalate(SyntheticWorld world, SyntheticNetwork network)
    {
        Escalations.Add(network);
        Last = Dates.OfficeHours(world, DateOnly.FromDateTime(Last.UtcDateTime).AddDays(world.Random.Number(7, 90)));
        EscalatedAt.Add(Last);
        Stage = 3;
    }

    /// <summary>Meetings of the raiser's networks, else of networks in its territory or the one above.</summary>
    private static List<SyntheticMeeting> MeetingsNear(SyntheticWorld world, Actor raiser)
    {
        for (var place = raiser.Place; place is not null; place = place.Parent)
        {
            var networks = place == raiser.Place ? raiser.Networks.Concat(place.Networks) : place.Networks;
            var meetings = networks.SelectMany(n => n.Meetings).ToList();
            if (meetings.Count > 0)
            {
                return meetings;
            }
        }
        return world.Meetings;
    }

    /// <summary>Where an item goes next: the network's parent, else its region's or country's network of networks, else Europe.</summary>
    private static SyntheticNetwork? Above(SyntheticWorld world, SyntheticNetwork network, Actor raiser, List<SyntheticNetwork> european)
    {
        if (network.Parent is not null)
        {
            return network.Parent;
        }
        var candidates = new[] { GovernanceLevel.Regional, GovernanceLevel.National }
            .Select(level => raiser.Place.Ancestor(level)?.NetworkOfNetworks)
            .Where(n => n is not null && n.Level > network.Level)
            .ToList();
        if (candidates.Count > 0)
        {
            return candidates[0];
        }
        return network.Level < GovernanceLevel.European && european.Count > 0 ? world.Pick(european) : null;
    }
}
