namespace NetworkGraph.Core.Analysis;

/// <summary>
/// The connected components of an adjacency: which component each node is in, each component's
/// nodes in index order, and how many row entries its nodes hold. Brandes' bottom-up steps scan
/// exactly the undiscovered nodes of the source's component, and these say what that costs.
/// </summary>
internal sealed class Components
{
    private readonly int[] _componentOf;
    private readonly int[] _start;
    private readonly int[] _nodes;
    private readonly long[] _entries;

    public Components(Adjacency adjacency)
    {
        var n = adjacency.Count;
        _componentOf = new int[n];
        Array.Fill(_componentOf, -1);
        _nodes = new int[n];
        var starts = new List<int>();
        var entries = new List<long>();
        var filled = 0;
        for (var root = 0; root < n; root++)
        {
            if (_componentOf[root] >= 0)
            {
                continue;
            }
            var component = starts.Count;
            var first = filled;
            starts.Add(first);
            _componentOf[root] = component;
            _nodes[filled++] = root;
            long componentEntries = 0;
            // The component's node list doubles as the breadth-first queue.
            for (var head = first; head < filled; head++)
            {
                var node = _nodes[head];
                componentEntries += adjacency.Degree(node);
                foreach (var neighbour in adjacency.Targets.AsSpan(adjacency.Offsets[node], adjacency.Degree(node)))
                {
                    if (_componentOf[neighbour] < 0)
                    {
                        _componentOf[neighbour] = component;
                        _nodes[filled++] = neighbour;
                    }
                }
            }
            Array.Sort(_nodes, first, filled - first);
            entries.Add(componentEntries);
        }
        starts.Add(filled);
        _start = [.. starts];
        _entries = [.. entries];
    }

    public int Of(int node) => _componentOf[node];

    public int Count => _entries.Length;

    /// <summary>The component's nodes in index order.</summary>
    public ReadOnlySpan<int> Nodes(int component) => _nodes.AsSpan(_start[component], _start[component + 1] - _start[component]);

    /// <summary>The number of row entries (twice the links) of the component.</summary>
    public long Entries(int component) => _entries[component];
}
