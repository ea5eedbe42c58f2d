namespace NetworkGraph.Benchmarks;

/// <summary>The size of one synthetic graph, in the quantities the algorithms' bounds are stated in.</summary>
internal sealed record SizeFacts(int Institutions, int Nodes, int Relationships, int CoordinationLinks, Sample Generation);
