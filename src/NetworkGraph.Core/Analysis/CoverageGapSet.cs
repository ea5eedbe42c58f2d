namespace NetworkGraph.Core.Analysis;

/// <summary>
/// The coverage gaps of every theme, kept per theme so that after a few writes only the themes they can have changed
/// are worked out again (<see cref="Patch"/>).
/// </summary>
internal sealed class CoverageGapSet
{
    private readonly Dictionary<string, CoverageGap[]> _byTheme;

    private CoverageGapSet(Dictionary<string, CoverageGap[]> byTheme)
    {
        _byTheme = byTheme;
        All = CoverageGapFinder.Ordered(byTheme.Values.SelectMany(gaps => gaps));
    }

    /// <summary>Every gap, highest severity first (<see cref="CoverageGapFinder.Ordered"/>).</summary>
    public IReadOnlyList<CoverageGap> All { get; }

    public static CoverageGapSet Find(GraphIndex graph, CoordinationGraph coordination)
    {
        var finder = new CoverageGapFinder(graph, coordination);
        return new(graph.NodesOf(NodeLabel.Theme).ToDictionary(theme => theme.Id, finder.Of, StringComparer.Ordinal));
    }

    /// <summary>
    /// The gaps after the writes that touched <paramref name="touched"/>. A theme's gaps read the theme, the
    /// responsibilities on it, the institutions holding them (their level, name and the links between them) and the
    /// networks covering it with their members. A relationship changes only with both its ends touched, or with a node
    /// deleted with its relationships (which names only that node); a link between two holders changes with one of
    /// them or with a network or meeting they share. So a theme none of whose readings was touched, before or after,
    /// keeps its gaps; the others are worked out again.
    /// </summary>
    public CoverageGapSet Patch(GraphIndex before, GraphIndex after, CoordinationGraph coordination, IReadOnlyCollection<string> touched)
    {
        var affected = AffectedThemes(before, after, touched);
        if (affected.Count == 0)
        {
            return this;
        }
        var finder = new CoverageGapFinder(after, coordination);
        var byTheme = new Dictionary<string, CoverageGap[]>(_byTheme.Count, StringComparer.Ordinal);
        foreach (var theme in after.NodesOf(NodeLabel.Theme))
        {
            byTheme[theme.Id] = !affected.Contains(theme.Id) && _byTheme.TryGetValue(theme.Id, out var kept) ? kept : finder.Of(theme);
        }
        return new(byTheme);
    }

    private static HashSet<string> AffectedThemes(GraphIndex before, GraphIndex after, IReadOnlyCollection<string> touched)
    {
        var themes = new HashSet<string>(StringComparer.Ordinal);
        void OnThemeOf(GraphIndex graph, string responsibilityId)
        {
            foreach (var onTheme in graph.Outgoing(responsibilityId, RelationshipType.OnTheme))
            {
                themes.Add(onTheme.ToId);
            }
        }
        void HeldBy(GraphIndex graph, string institutionId)
        {
            foreach (var holds in graph.Outgoing(institutionId, RelationshipType.Holds))
            {
                OnThemeOf(graph, holds.ToId);
            }
        }
        // A network or meeting deleted with its relationships names only itself, yet it can take away the only link
        // between two holders of a theme: the themes its members or attendees hold are worked out again.
        void MembersOf(GraphIndex graph, string hubId, RelationshipType type)
        {
            foreach (var member in graph.Incoming(hubId, type))
            {
                HeldBy(graph, member.FromId);
            }
        }
        foreach (var id in touched)
        {
            foreach (var graph in (GraphIndex[])[before, after])
            {
                switch (graph.Node(id)?.Label)
                {
                    case NodeLabel.Theme:
                        themes.Add(id);
                        break;
                    case NodeLabel.Responsibility:
                        OnThemeOf(graph, id);
                        break;
                    case NodeLabel.Institution:
                        HeldBy(graph, id);
                        break;
                    case NodeLabel.Network:
                        foreach (var covers in graph.Outgoing(id, RelationshipType.Covers))
                        {
                            themes.Add(covers.ToId);
                        }
                        MembersOf(graph, id, RelationshipType.MemberOf);
                        break;
                    case NodeLabel.Meeting:
                        MembersOf(graph, id, RelationshipType.Attended);
                        break;
                }
            }
        }
        return themes;
    }
}
