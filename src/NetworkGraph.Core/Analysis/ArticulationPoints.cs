namespace NetworkGraph.Core.Analysis;

/// <summary>
/// Tarjan's low-link test for cut vertices, with an explicit stack: coordination graphs reach
/// 100k institutions, and a recursive depth-first search would overflow the thread's stack.
/// </summary>
internal static class ArticulationPoints
{
    public static bool[] Find(Adjacency adjacency)
    {
        var n = adjacency.Count;
        var offsets = adjacency.Offsets;
        var targets = adjacency.Targets;
        var isCut = new bool[n];
        var discovered = new int[n];
        var low = new int[n];
        var parent = new int[n];
        var nextEntry = new int[n];
        var stack = new int[n];
        var time = 0;
        for (var root = 0; root < n; root++)
        {
            if (discovered[root] != 0)
            {
                continue;
            }
            var rootChildren = 0;
            discovered[root] = low[root] = ++time;
            parent[root] = -1;
            nextEntry[root] = offsets[root];
            var top = 0;
            stack[0] = root;
            while (top >= 0)
            {
                var node = stack[top];
                if (nextEntry[node] < offsets[node + 1])
                {
                    var neighbour = targets[nextEntry[node]++];
                    if (discovered[neighbour] == 0)
                    {
                        parent[neighbour] = node;
                        discovered[neighbour] = low[neighbour] = ++time;
                        nextEntry[neighbour] = offsets[neighbour];
                        stack[++top] = neighbour;
                        if (node == root)
                        {
                            rootChildren++;
                        }
                    }
                    else if (neighbour != parent[node])
                    {
                        low[node] = Math.Min(low[node], discovered[neighbour]);
                    }
                    continue;
                }
                top--;
                var up = parent[node];
                if (up < 0)
                {
                    continue;
                }
                low[up] = Math.Min(low[up], low[node]);
                // A non-root node cuts off its child's subtree when nothing there reaches above it.
                if (parent[up] >= 0 && low[node] >= discovered[up])
                {
                    isCut[up] = true;
                }
            }
            // The root cuts the graph exactly when the search had to leave it more than once.
            isCut[root] = rootChildren > 1;
        }
        return isCut;
    }
}
