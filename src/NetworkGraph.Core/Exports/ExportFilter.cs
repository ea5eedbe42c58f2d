using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Core.Exports;

/// <summary>
/// Which institutions an export keeps, with the meaning of the GraphQL <c>InstitutionWhere</c> input: at one of the
/// levels, of one of the kinds, holding a responsibility on one of the themes, member of one of the networks. Values
/// of one list are alternatives, the lists together must all hold, and an empty list does not filter. <see cref="Via"/>
/// restricts the coordination links as <c>via</c> does on the graph questions.
/// </summary>
public sealed record ExportFilter
{
    public static readonly ExportFilter None = new();

    public IReadOnlyCollection<GovernanceLevel> Levels { get; init; } = [];

    public IReadOnlyCollection<ActorKind> Kinds { get; init; } = [];

    public IReadOnlyCollection<string> Themes { get; init; } = [];

    public IReadOnlyCollection<string> Networks { get; init; } = [];

    public IReadOnlyCollection<LinkKind> Via { get; init; } = [];

    public bool FiltersInstitutions => Levels.Count + Kinds.Count + Themes.Count + Networks.Count > 0;

    /// <summary>The ids of the institutions kept, or null when every institution is.</summary>
    internal HashSet<string>? KeptInstitutions(GraphIndex graph)
    {
        if (!FiltersInstitutions)
        {
            return null;
        }
        IEnumerable<NodeRecord> kept = graph.NodesOf(NodeLabel.Institution);
        if (Levels.Count > 0)
        {
            kept = kept.Where(node => node.GetEnum<GovernanceLevel>("level") is { } level && Levels.Contains(level));
        }
        if (Kinds.Count > 0)
        {
            kept = kept.Where(node => node.GetEnum<ActorKind>("kind") is { } kind && Kinds.Contains(kind));
        }
        var ids = kept.Select(node => node.Id).ToHashSet(StringComparer.Ordinal);
        if (Themes.Count > 0)
        {
            // Theme <-ON_THEME- responsibility <-HOLDS- institution, as the GraphQL 'themes' filter follows it.
            ids.IntersectWith(Themes
                .SelectMany(theme => graph.Incoming(theme, RelationshipType.OnTheme))
                .SelectMany(onTheme => graph.Incoming(onTheme.FromId, RelationshipType.Holds))
                .Select(holds => holds.FromId));
        }
        if (Networks.Count > 0)
        {
            ids.IntersectWith(Networks.SelectMany(network => graph.Incoming(network, RelationshipType.MemberOf)).Select(member => member.FromId));
        }
        return ids;
    }
}
