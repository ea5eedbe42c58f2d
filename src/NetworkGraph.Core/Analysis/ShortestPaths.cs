namespace NetworkGraph.Core.Analysis;

/// <summary>
/// Breadth-first search over the links whose kind is in the mask. Neighbours are explored in id
/// order and the first discovery of a node fixes its parent, so the one shortest path reported for
/// each node is the same on every run and every store.
/// </summary>
internal sealed class ShortestPaths
{
    private readonly CoordinationGraph _graph;
    private readonly int _mask;
    private readonly int _source;
    // Parent and discovery order are kept only for reached nodes: a depth-2 search touches a few
    // hundred institutions, and allocating arrays sized to the whole graph would dominate it.
    private readonly Dictionary<int, int> _parent = [];
    private readonly List<(int Node, int Distance)> _reached = [];

    private ShortestPaths(CoordinationGraph graph, int source, int mask)
    {
        _graph = graph;
        _source = source;
        _mask = mask;
        _parent[source] = -1;
    }

    /// <summary>Every node within <paramref name="maxDepth"/> hops, in discovery order; stops early once <paramref name="target"/> is found.</summary>
    public static ShortestPaths Search(CoordinationGraph graph, int source, int mask, int maxDepth, int target = -1)
    {
        var search = new ShortestPaths(graph, source, mask);
        search.Run(maxDepth, target);
        return search;
    }

    public IReadOnlyList<(int Node, int Distance)> Reached => _reached;

    public bool Found(int node) => _parent.ContainsKey(node);

    /// <summary>The hops from the source to <paramref name="node"/>, each as the pair it crosses, walked from first to last.</summary>
    public IReadOnlyList<(int From, int To, LinkedPair Pair)> HopsTo(int node)
    {
        var hops = new List<(int From, int To, LinkedPair Pair)>();
        for (var current = node; current != _source; current = _parent[current])
        {
            var previous = _parent[current];
            hops.Add((previous, current, _graph.Between(previous, current)!));
        }
        hops.Reverse();
        return hops;
    }

    private void Run(int maxDepth, int target)
    {
        var frontier = new List<int> { _source };
        for (var distance = 1; distance <= maxDepth && frontier.Count > 0; distance++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                for (var entry = _graph.RowStart(node); entry < _graph.RowEnd(node); entry++)
                {
                    var neighbour = _graph.Target(entry);
                    if ((_graph.PairAt(entry).KindMask & _mask) == 0 || !_parent.TryAdd(neighbour, node))
                    {
                        continue;
                    }
                    _reached.Add((neighbour, distance));
                    if (neighbour == target)
                    {
                        return;
                    }
                    next.Add(neighbour);
                }
            }
            frontier = next;
        }
    }
}
