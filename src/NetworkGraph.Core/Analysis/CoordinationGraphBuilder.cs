namespace NetworkGraph.Core.Analysis;

/// <summary>
/// Derives the coordination graph's links and their evidence from an index: whole, or after a few writes by
/// redoing only the links at the institutions they can have changed (<see cref="Patch"/>).
/// </summary>
internal static class CoordinationGraphBuilder
{
    /// <summary>Past this share of institutions whose links are redone, building the whole graph is the simpler way.</summary>
    private const double MaxPatchedShare = 0.25;

    public static CoordinationGraph Build(GraphIndex graph)
    {
        var institutions = graph.NodesOf(NodeLabel.Institution);
        var ids = institutions.Select(node => node.Id).ToArray();
        var levels = institutions.Select(node => node.GetEnum<GovernanceLevel>("level")).ToArray();
        var indexOf = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            indexOf[ids[i]] = i;
        }
        var every = new bool[ids.Length];
        Array.Fill(every, true);
        return new CoordinationGraph(ids, levels, indexOf, new LinksAt(graph, indexOf, every).Pairs());
    }

    /// <summary>
    /// The coordination graph of <paramref name="after"/>, made from the one of <paramref name="before"/> and the
    /// nodes touched in between. A pair's evidence depends only on the relationships at its two ends and on the
    /// networks and meetings they share, and a relationship changes only with both its ends touched; so only the pairs
    /// at a touched institution, or at a member or attendee of a touched network or meeting, can differ, and only
    /// those are redone. The same graph comes back when none can; the whole graph is built when institutions came or
    /// went (their numbering moves) or when most links would be redone.
    /// </summary>
    public static CoordinationGraph Patch(CoordinationGraph previous, GraphIndex before, GraphIndex after, IReadOnlyCollection<string> touched)
    {
        var levels = previous.Levels;
        var redo = new bool[previous.Count];
        var redone = 0;
        void Redo(string id)
        {
            if (previous.TryIndexOf(id, out var index) && !redo[index])
            {
                redo[index] = true;
                redone++;
            }
        }
        foreach (var id in touched)
        {
            var (was, @is) = (before.Node(id), after.Node(id));
            if ((was?.Label == NodeLabel.Institution) != (@is?.Label == NodeLabel.Institution))
            {
                return Build(after);
            }
            if (@is?.Label == NodeLabel.Institution)
            {
                Redo(id);
                var level = @is.GetEnum<GovernanceLevel>("level");
                if (level != levels[previous.IndexOf(id)])
                {
                    levels = levels == previous.Levels ? [.. levels] : levels;
                    levels[previous.IndexOf(id)] = level;
                }
            }
            foreach (var (type, label) in LinksAt.SharedHubs)
            {
                foreach (var index in new[] { before, after }.Where(graph => graph.Is(id, label)).SelectMany(graph => graph.Incoming(id, type)))
                {
                    Redo(index.FromId);
                }
            }
        }
        if (redone > previous.Count * MaxPatchedShare)
        {
            return Build(after);
        }
        if (redone == 0)
        {
            return levels == previous.Levels ? previous : previous.WithLevels(levels);
        }
        var redonePairs = new LinksAt(after, previous.IndexOfAll, redo).Pairs();
        if (Same(previous.Pairs.Where(pair => redo[pair.A] || redo[pair.B]), redonePairs))
        {
            // Writes at the institutions that changed none of their links (a feedback item raised, a name): the same graph.
            return levels == previous.Levels ? previous : previous.WithLevels(levels);
        }
        var kept = previous.Pairs.Where(pair => !redo[pair.A] && !redo[pair.B]);
        return new CoordinationGraph(previous.Ids, levels, previous.IndexOfAll, Merge(kept, previous.Pairs.Length, redonePairs));
    }

    private static bool Same(IEnumerable<LinkedPair> before, LinkedPair[] after)
    {
        var next = 0;
        foreach (var pair in before)
        {
            if (next == after.Length || !Same(pair, after[next++]))
            {
                return false;
            }
        }
        return next == after.Length;
    }

    private static bool Same(LinkedPair a, LinkedPair b) =>
        a.A == b.A && a.B == b.B && a.KindMask == b.KindMask && a.Evidence.Length == b.Evidence.Length
        && a.Evidence.Zip(b.Evidence).All(facts => facts.First.SameAs(facts.Second));

    private static LinkedPair[] Merge(IEnumerable<LinkedPair> kept, int keptAtMost, LinkedPair[] redone)
    {
        var merged = new List<LinkedPair>(keptAtMost + redone.Length);
        var next = 0;
        foreach (var pair in kept)
        {
            while (next < redone.Length && LinksAt.Key(redone[next]) < LinksAt.Key(pair))
            {
                merged.Add(redone[next++]);
            }
            merged.Add(pair);
        }
        merged.AddRange(redone.AsSpan(next));
        return [.. merged];
    }
}
