namespace NetworkGraph.Core.Analysis;

/// <summary>The neighbourhood and path questions: shortest paths turned into evidence a planner reads.</summary>
internal static class CoordinationQueries
{
    public static IReadOnlyList<CoordinationLink> Neighbourhood(CoordinationGraph graph, EvidenceDescriptions descriptions, int source, int depth, int mask)
    {
        var search = ShortestPaths.Search(graph, source, mask, depth);
        // Indices follow ordinal id order, so ordering by index orders by id.
        return search.Reached
            .OrderBy(reached => reached.Distance)
            .ThenBy(reached => reached.Node)
            .Select(reached => new CoordinationLink(
                graph.Ids[reached.Node],
                reached.Distance,
                [.. search.HopsTo(reached.Node).SelectMany(hop => EvidenceOf(graph, descriptions, hop, mask))]))
            .ToList();
    }

    public static GraphPath? Path(CoordinationGraph graph, EvidenceDescriptions descriptions, int from, int to, int maxDepth, int mask)
    {
        if (from == to)
        {
            return new GraphPath([]);
        }
        var search = ShortestPaths.Search(graph, from, mask, maxDepth, to);
        return search.Found(to)
            ? new GraphPath([.. search.HopsTo(to).Select(hop => EvidenceOf(graph, descriptions, hop, mask).First())])
            : null;
    }

    /// <summary>The hop's evidence of the allowed kinds, already in kind-then-via order, with its ends as walked.</summary>
    private static IEnumerable<LinkEvidence> EvidenceOf(CoordinationGraph graph, EvidenceDescriptions descriptions, (int From, int To, LinkedPair Pair) hop, int mask) =>
        hop.Pair.Evidence
            .Where(fact => LinkKindMask.Contains(mask, fact.Kind))
            .Select(fact => descriptions.Walked(fact, graph.Ids[hop.From], graph.Ids[hop.To]));
}
