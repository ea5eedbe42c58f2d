using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

/// <summary>One analysis per request: every analytical field of a request reads the same graph version.</summary>
public sealed class RequestAnalysis(AnalysisCache cache)
{
    private readonly Lock _lock = new();
    private Task<GraphAnalysis>? _analysis;

    public Task<GraphAnalysis> GetAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _analysis ??= cache.GetAsync(cancellationToken);
        }
    }
}
