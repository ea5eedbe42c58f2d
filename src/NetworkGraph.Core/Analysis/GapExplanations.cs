namespace NetworkGraph.Core.Analysis;

/// <summary>One plain sentence per gap, naming the theme, the level and the institutions involved.</summary>
internal sealed class GapExplanations(GraphIndex graph)
{
    public string NoActor(NodeRecord theme, GovernanceLevel level) =>
        $"No {Prose.Level(level)} institution holds a responsibility for {theme.DisplayName}.";

    public string SingleActor(NodeRecord theme, GovernanceLevel level, string holder) =>
        $"Only {graph.NameOf(holder)} holds a responsibility for {theme.DisplayName} at the {Prose.Level(level)} level, a single point of failure.";

    public string NotNetworked(NodeRecord theme, GovernanceLevel level, IReadOnlyList<string> holders) =>
        $"No {Prose.Level(level)} holder of {theme.DisplayName} ({Names(holders)}) is a member of a network that covers it.";

    public string DisconnectedLevels(
        NodeRecord theme, GovernanceLevel lower, IReadOnlyList<string> lowerHolders, GovernanceLevel higher, IReadOnlyList<string> higherHolders) =>
        $"No coordination link joins the {Prose.Level(lower)} holders of {theme.DisplayName} ({Names(lowerHolders)}) " +
        $"to its {Prose.Level(higher)} holders ({Names(higherHolders)}).";

    private string Names(IReadOnlyList<string> ids) => Prose.List([.. ids.Select(graph.NameOf)]);
}
