namespace NetworkGraph.Core.Analysis;

/// <summary>Plain neighbour rows for the whole-graph algorithms (betweenness, articulation points, degree).</summary>
internal sealed record Adjacency(int[] Offsets, int[] Targets)
{
    public int Count => Offsets.Length - 1;

    public int Degree(int node) => Offsets[node + 1] - Offsets[node];
}
