using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Benchmarks;

/// <summary>
/// One graph question as the benchmark asks it: its bound (what its cost should grow with), the
/// quantity that bound is computed from (the graph's size, or for local questions the answer's
/// size), and the target its warm time should meet on 10k institutions.
/// </summary>
internal sealed record Question(
    string Name,
    string Bound,
    Func<SizeFacts, int, double> Scale,
    Func<GraphAnalysis, object?> Ask,
    double? TargetMilliseconds = null,
    bool CachedPerInstance = false);
