namespace NetworkGraph.Core.Analysis;

/// <summary>The sentences a planner reads for each kind of evidence, always in the fact's own direction.</summary>
internal sealed class EvidenceDescriptions(GraphIndex graph)
{
    /// <summary>The evidence as walked from <paramref name="fromId"/> to <paramref name="toId"/>, with its sentence.</summary>
    public LinkEvidence Walked(EvidenceFact fact, string fromId, string toId) => new(fact.Kind, fromId, toId, fact.ViaId, Describe(fact));

    public string Describe(EvidenceFact fact) => fact.Kind switch
    {
        LinkKind.SharedNetwork => $"Both are members of {graph.NameOf(fact.ViaId!)}.",
        LinkKind.SharedMeeting => SharedMeeting(fact.ViaId!),
        LinkKind.Referral => Referral(Relationship(RelationshipType.RefersTo, fact)),
        LinkKind.Funding => Funding(Relationship(RelationshipType.Funds, fact)),
        _ => $"{graph.NameOf(fact.FromId!)} is part of {graph.NameOf(fact.ToId!)}.",
    };

    // The relationship as this graph holds it; rows are short, and ordered by the other end.
    private RelationshipRecord Relationship(RelationshipType type, EvidenceFact fact) =>
        graph.Outgoing(fact.FromId!, type).First(relationship => relationship.ToId == fact.ToId);

    private string SharedMeeting(string meetingId)
    {
        var date = graph.Node(meetingId)?.GetString("date");
        return date is null
            ? $"Both attended {graph.NameOf(meetingId)}."
            : $"Both attended {graph.NameOf(meetingId)} ({date}).";
    }

    private string Referral(RelationshipRecord referral)
    {
        var theme = referral.GetString("theme");
        var on = theme is not null && graph.Is(theme, NodeLabel.Theme) ? $" on {graph.NameOf(theme)}" : "";
        return $"{graph.NameOf(referral.FromId)} refers people to {graph.NameOf(referral.ToId)}{on}.";
    }

    private string Funding(RelationshipRecord funding)
    {
        var programme = funding.GetString("programme");
        var suffix = string.IsNullOrWhiteSpace(programme) ? "" : $" ({programme})";
        return $"{graph.NameOf(funding.FromId)} funds {graph.NameOf(funding.ToId)}{suffix}.";
    }
}
