using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NetworkGraph.Api.Observability;

/// <summary>Ready means the store answers: one cheap read of its version, within the check's timeout.</summary>
public sealed class StoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await store.GetGraphVersionAsync(cancellationToken);
            return HealthCheckResult.Healthy($"The store answers (graph version {version}).");
        }
        catch (Exception e) when (e is GraphUnavailableException or OperationCanceledException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The store does not answer.");
        }
    }
}
