namespace NetworkGraph.Core.Analysis;

/// <summary>Two linked institutions (A &lt; B), the kinds of their evidence as bits, and the evidence in kind-then-via order.</summary>
internal sealed record LinkedPair(int A, int B, int KindMask, EvidenceFact[] Evidence);
