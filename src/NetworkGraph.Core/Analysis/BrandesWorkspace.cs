namespace NetworkGraph.Core.Analysis;

/// <summary>
/// One worker's buffers for Brandes' algorithm, allocated once per worker and reset only where the
/// last search touched them, so a source costs time in proportion to its component, not to n.
/// </summary>
/// <remarks>
/// The search is level by level and direction-optimising (Beamer et al., 2012): a level is built
/// either top-down, scanning the rows of the frontier, or bottom-up, scanning the rows of the nodes
/// not yet reached, whichever holds fewer entries. In small-world graphs most nodes sit in the
/// middle levels and the bottom-up steps halve the entries scanned. Unlike plain breadth-first
/// search, a bottom-up step cannot stop at the first parent found: every parent adds its paths.
/// The shortest-path DAG is kept as an edge list in level order, so the dependencies flow back
/// level by level whichever way each level was built. Inner loops are branch-free apart from a
/// node's first discovery: whether a neighbour lies one level on is a coin toss to a branch predictor.
/// </remarks>
internal sealed class BrandesWorkspace
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly Components _components;
    private readonly int[] _level;
    private readonly double[] _paths;
    private readonly double[] _dependency;
    // Nodes in order of distance; level d occupies _order[_levelStart[d].._levelStart[d + 1]].
    private readonly int[] _order;
    private readonly int[] _levelStart;
    // DAG edges (parent, child) into level d occupy [_edgeStart[d - 1].._edgeStart[d]].
    private readonly int[] _parent;
    private readonly int[] _child;
    private readonly int[] _edgeStart;
    private readonly int[] _unreached;

    public BrandesWorkspace(Adjacency adjacency, Components components)
    {
        _offsets = adjacency.Offsets;
        _targets = adjacency.Targets;
        _components = components;
        var n = adjacency.Count;
        _level = new int[n];
        Array.Fill(_level, -1);
        _paths = new double[n];
        _dependency = new double[n];
        _order = new int[n];
        _levelStart = new int[n + 2];
        // One slot more than the entries: the branch-free append writes one place past the last edge.
        _parent = new int[_targets.Length + 1];
        _child = new int[_targets.Length + 1];
        _edgeStart = new int[n + 1];
        _unreached = new int[n];
    }

    /// <summary>Adds to <paramref name="betweenness"/> the dependency of <paramref name="source"/> on every other node.</summary>
    public void AccumulateFrom(int source, double[] betweenness)
    {
        var levels = CountShortestPaths(source);
        var order = _order;
        var paths = _paths;
        var dependency = _dependency;
        for (var level = levels - 1; level >= 1; level--)
        {
            // δ(v) = Σ σ(v)/σ(w) (1 + δ(w)) over the children w of v. Deeper levels are done, so this
            // level's δ are final: once counted, each slot is reused for (1 + δ(w)) / σ(w), the share
            // every parent multiplies by its own σ.
            for (var i = _levelStart[level]; i < _levelStart[level + 1]; i++)
            {
                var child = order[i];
                betweenness[child] += dependency[child];
                dependency[child] = (1.0 + dependency[child]) / paths[child];
            }
            for (var e = _edgeStart[level - 1]; e < _edgeStart[level]; e++)
            {
                var parent = _parent[e];
                dependency[parent] += paths[parent] * dependency[_child[e]];
            }
        }
        foreach (var node in order.AsSpan(0, _levelStart[levels]))
        {
            _level[node] = -1;
            paths[node] = 0;
            dependency[node] = 0;
        }
    }

    /// <summary>Builds the levels, the path counts and the DAG from the source; returns the number of levels.</summary>
    private int CountShortestPaths(int source)
    {
        var component = _components.Of(source);
        var unreachedEntries = _components.Entries(component) - Degree(source);
        _level[source] = 0;
        _paths[source] = 1;
        _order[0] = source;
        _levelStart[0] = 0;
        _levelStart[1] = 1;
        _edgeStart[0] = 0;
        var reached = 1;
        var edges = 0;
        var unreached = -1;
        var level = 0;
        while (_levelStart[level] < _levelStart[level + 1])
        {
            long frontierEntries = 0;
            foreach (var node in _order.AsSpan(_levelStart[level], _levelStart[level + 1] - _levelStart[level]))
            {
                frontierEntries += Degree(node);
            }
            if (frontierEntries <= unreachedEntries)
            {
                (reached, edges, unreachedEntries) = TopDown(level, reached, edges, unreachedEntries);
            }
            else
            {
                if (unreached < 0)
                {
                    unreached = CollectUnreached(component);
                }
                (reached, edges, unreached, unreachedEntries) = BottomUp(level, reached, edges, unreached, unreachedEntries);
            }
            level++;
            _levelStart[level + 1] = reached;
            _edgeStart[level] = edges;
        }
        return level;
    }

    private (int Reached, int Edges, long UnreachedEntries) TopDown(int level, int reached, int edges, long unreachedEntries)
    {
        var next = level + 1;
        var levels = _level;
        var paths = _paths;
        var parents = _parent;
        var children = _child;
        for (var i = _levelStart[level]; i < _levelStart[level + 1]; i++)
        {
            var node = _order[i];
            var nodePaths = paths[node];
            foreach (var neighbour in _targets.AsSpan(_offsets[node], _offsets[node + 1] - _offsets[node]))
            {
                if (levels[neighbour] < 0)
                {
                    levels[neighbour] = next;
                    _order[reached++] = neighbour;
                    unreachedEntries -= Degree(neighbour);
                }
                var isChild = levels[neighbour] == next ? 1 : 0;
                paths[neighbour] += nodePaths * isChild;
                parents[edges] = node;
                children[edges] = neighbour;
                edges += isChild;
            }
        }
        return (reached, edges, unreachedEntries);
    }

    private (int Reached, int Edges, int Unreached, long UnreachedEntries) BottomUp(
        int level, int reached, int edges, int unreached, long unreachedEntries)
    {
        var next = level + 1;
        var levels = _level;
        var paths = _paths;
        var parents = _parent;
        var children = _child;
        var kept = 0;
        foreach (var node in _unreached.AsSpan(0, unreached))
        {
            if (levels[node] >= 0)
            {
                // Reached by a top-down step since the list was last compacted.
                continue;
            }
            var found = edges;
            var nodePaths = 0.0;
            foreach (var neighbour in _targets.AsSpan(_offsets[node], _offsets[node + 1] - _offsets[node]))
            {
                var isParent = levels[neighbour] == level ? 1 : 0;
                nodePaths += paths[neighbour] * isParent;
                parents[edges] = neighbour;
                children[edges] = node;
                edges += isParent;
            }
            if (edges > found)
            {
                levels[node] = next;
                paths[node] = nodePaths;
                _order[reached++] = node;
                unreachedEntries -= Degree(node);
            }
            else
            {
                _unreached[kept++] = node;
            }
        }
        return (reached, edges, kept, unreachedEntries);
    }

    private int CollectUnreached(int component)
    {
        var count = 0;
        foreach (var node in _components.Nodes(component))
        {
            if (_level[node] < 0)
            {
                _unreached[count++] = node;
            }
        }
        return count;
    }

    private int Degree(int node) => _offsets[node + 1] - _offsets[node];
}
