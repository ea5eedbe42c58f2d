namespace NetworkGraph.Core.Analysis;

/// <summary>
/// An upper bound on the vertex diameter (the number of nodes on a longest shortest path), as Riondato and
/// Kornaropoulos bound it: in each component, one breadth-first search from its first node; the two greatest
/// distances found, plus one, bound the component's. At most twice the truth, in O(n + m).
/// </summary>
internal static class VertexDiameter
{
    public static int UpperBound(Adjacency adjacency, Components components)
    {
        var distance = new int[adjacency.Count];
        Array.Fill(distance, -1);
        var queue = new int[adjacency.Count];
        var bound = adjacency.Count > 0 ? 1 : 0;
        for (var component = 0; component < components.Count; component++)
        {
            var root = components.Nodes(component)[0];
            int first = 0, second = 0, head = 0, tail = 0;
            queue[tail++] = root;
            distance[root] = 0;
            while (head < tail)
            {
                var node = queue[head++];
                foreach (var neighbour in adjacency.Targets.AsSpan(adjacency.Offsets[node], adjacency.Degree(node)))
                {
                    if (distance[neighbour] < 0)
                    {
                        distance[neighbour] = distance[node] + 1;
                        queue[tail++] = neighbour;
                        (first, second) = distance[neighbour] > first ? (distance[neighbour], first) : (first, Math.Max(second, distance[neighbour]));
                    }
                }
            }
            bound = Math.Max(bound, first + second + 1);
        }
        return bound;
    }
}
