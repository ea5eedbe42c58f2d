using NetworkGraph.Api.Hosting;

namespace NetworkGraph.Api.Observability;

/// <summary>
/// Wraps the registered store to count every port call against the current request's
/// <see cref="RoundTripCounter"/> (every call is one round trip); calls outside a request are not counted.
/// </summary>
public sealed class RoundTripCountingGraphStore(IGraphStore inner, IHttpContextAccessor accessor) : DelegatingGraphStore(inner)
{
    protected override Task<T> Forward<T>(Task<T> call)
    {
        accessor.HttpContext?.Features.Get<RoundTripCounter>()?.Increment();
        return call;
    }

    /// <summary>Wraps the registered store in this counter.</summary>
    public static void Decorate(IServiceCollection services) =>
        services.DecorateGraphStore((provider, inner) => new RoundTripCountingGraphStore(inner, provider.GetRequiredService<IHttpContextAccessor>()));
}
