namespace NetworkGraph.Core.Feedback;

/// <summary>The policy change a resolved item resulted in: one already in the graph, or a new one to create.</summary>
public abstract record PolicyChangeOutcome
{
    public sealed record Existing(NodeRecord PolicyChange) : PolicyChangeOutcome;

    /// <summary>A policy change to create, adopted by <paramref name="AdoptedBy"/> on <paramref name="AdoptedAt"/> (yyyy-MM-dd).</summary>
    public sealed record New(
        string Title,
        string Description,
        string AdoptedAt,
        GovernanceLevel Level,
        NodeRecord AdoptedBy,
        IReadOnlyList<SourceRef> Sources) : PolicyChangeOutcome;
}
