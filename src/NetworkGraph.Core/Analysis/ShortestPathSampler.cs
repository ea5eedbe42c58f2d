namespace NetworkGraph.Core.Analysis;

/// <summary>
/// Draws one shortest path between two nodes uniformly among all of them and counts the nodes inside it. The
/// search is a balanced bidirectional breadth-first search: each step completes one level on the side whose frontier
/// holds fewer row entries, and stops at the first level that meets the other side. The nodes where the two sides
/// meet then carry every shortest path, each node y as many as σ_u(y)·σ_v(y); one is picked in that proportion and
/// the path is walked back to both ends, each step choosing a parent in proportion to its path count. On
/// small-world graphs this touches a small part of what a full search from u would.
/// </summary>
internal sealed class ShortestPathSampler
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly Components _components;
    private readonly Side _forward;
    private readonly Side _backward;
    private readonly List<int> _meeting = [];

    public ShortestPathSampler(Adjacency adjacency, Components components)
    {
        _offsets = adjacency.Offsets;
        _targets = adjacency.Targets;
        _components = components;
        _forward = new Side(adjacency.Count);
        _backward = new Side(adjacency.Count);
    }

    /// <summary>Adds one to <paramref name="count"/> for each node inside a uniformly drawn shortest u–v path.</summary>
    public void CreditInterior(int u, int v, Random random, int[] count)
    {
        if (_components.Of(u) != _components.Of(v))
        {
            return;
        }
        _forward.Start(u, Degree(u));
        _backward.Start(v, Degree(v));
        try
        {
            Side expanded;
            do
            {
                (expanded, var other) = _forward.FrontierEntries <= _backward.FrontierEntries ? (_forward, _backward) : (_backward, _forward);
                ExpandLevel(expanded);
                if (expanded.LevelStart == expanded.Visited.Count)
                {
                    return; // cannot happen within one component; never loop on an empty level
                }
                FindMeeting(expanded, other);
            }
            while (_meeting.Count == 0);
            var meeting = PickMeeting(random);
            // The meeting node is inside the path unless it is the other side's end (the sides met at the source).
            if (meeting != u && meeting != v)
            {
                count[meeting]++;
            }
            WalkBack(_forward, meeting, random, count);
            WalkBack(_backward, meeting, random, count);
        }
        finally
        {
            _forward.Reset();
            _backward.Reset();
            _meeting.Clear();
        }
    }

    private int Degree(int node) => _offsets[node + 1] - _offsets[node];

    private void ExpandLevel(Side side)
    {
        var (start, end) = (side.LevelStart, side.Visited.Count);
        var depth = side.Depth + 1;
        long entries = 0;
        for (var i = start; i < end; i++)
        {
            var node = side.Visited[i];
            var paths = side.Paths[node];
            for (var e = _offsets[node]; e < _offsets[node + 1]; e++)
            {
                var next = _targets[e];
                if (side.Distance[next] < 0)
                {
                    side.Distance[next] = depth;
                    side.Paths[next] = paths;
                    side.Visited.Add(next);
                    entries += Degree(next);
                }
                else if (side.Distance[next] == depth)
                {
                    side.Paths[next] += paths;
                }
            }
        }
        side.NextLevel(end, depth, entries);
    }

    private void FindMeeting(Side expanded, Side other)
    {
        for (var i = expanded.LevelStart; i < expanded.Visited.Count; i++)
        {
            if (other.Distance[expanded.Visited[i]] >= 0)
            {
                _meeting.Add(expanded.Visited[i]);
            }
        }
    }

    private int PickMeeting(Random random)
    {
        double total = 0;
        foreach (var node in _meeting)
        {
            total += _forward.Paths[node] * _backward.Paths[node];
        }
        var target = random.NextDouble() * total;
        foreach (var node in _meeting)
        {
            target -= _forward.Paths[node] * _backward.Paths[node];
            if (target < 0)
            {
                return node;
            }
        }
        return _meeting[^1];
    }

    // From the meeting node back to this side's end, each parent chosen with probability σ(parent)/σ(node);
    // every node passed before the end is inside the path.
    private void WalkBack(Side side, int node, Random random, int[] count)
    {
        while (side.Distance[node] > 1)
        {
            node = PickParent(side, node, random);
            count[node]++;
        }
    }

    private int PickParent(Side side, int node, Random random)
    {
        var parentDistance = side.Distance[node] - 1;
        var target = random.NextDouble() * side.Paths[node];
        var last = -1;
        for (var e = _offsets[node]; e < _offsets[node + 1]; e++)
        {
            var parent = _targets[e];
            if (side.Distance[parent] == parentDistance)
            {
                last = parent;
                target -= side.Paths[parent];
                if (target < 0)
                {
                    return parent;
                }
            }
        }
        return last;
    }

    /// <summary>One side's search: distances and path counts from its end, and the nodes reached in level order.</summary>
    private sealed class Side
    {
        public Side(int n)
        {
            Distance = new int[n];
            Array.Fill(Distance, -1);
            Paths = new double[n];
        }

        public int[] Distance { get; }

        public double[] Paths { get; }

        public List<int> Visited { get; } = [];

        /// <summary>Where the deepest complete level starts in <see cref="Visited"/>.</summary>
        public int LevelStart { get; private set; }

        public int Depth { get; private set; }

        /// <summary>The row entries of the deepest level: what expanding it would scan.</summary>
        public long FrontierEntries { get; private set; }

        public void Start(int node, int degree)
        {
            Distance[node] = 0;
            Paths[node] = 1;
            Visited.Add(node);
            (LevelStart, Depth, FrontierEntries) = (0, 0, degree);
        }

        public void NextLevel(int start, int depth, long entries) => (LevelStart, Depth, FrontierEntries) = (start, depth, entries);

        public void Reset()
        {
            foreach (var node in Visited)
            {
                Distance[node] = -1;
            }
            Visited.Clear();
        }
    }
}
