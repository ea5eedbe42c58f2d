namespace NetworkGraph.Core.Analysis;

/// <summary>The sentences a planner reads for each kind of evidence, always in the fact's own direction.</summary>
internal sealed class EvidenceDescriptions(GraphIndex graph)
{
    public string SharedNetwork(string networkId) => $"Both are members of {graph.NameOf(networkId)}.";

    public string SharedMeeting(string meetingId)
    {
        var date = graph.Node(meetingId)?.GetString("date");
        return date is null
            ? $"Both attended {graph.NameOf(meetingId)}."
            : $"Both attended {graph.NameOf(meetingId)} ({date}).";
    }

    public string Referral(RelationshipRecord referral)
    {
        var theme = referral.GetString("theme");
        var on = theme is not null && graph.Is(theme, NodeLabel.Theme) ? $" on {graph.NameOf(theme)}" : "";
        return $"{graph.NameOf(referral.FromId)} refers people to {graph.NameOf(referral.ToId)}{on}.";
    }

    public string Funding(RelationshipRecord funding)
    {
        var programme = funding.GetString("programme");
        var suffix = string.IsNullOrWhiteSpace(programme) ? "" : $" ({programme})";
        return $"{graph.NameOf(funding.FromId)} funds {graph.NameOf(funding.ToId)}{suffix}.";
    }

    public string Hierarchy(RelationshipRecord partOf) => $"{graph.NameOf(partOf.FromId)} is part of {graph.NameOf(partOf.ToId)}.";
}
