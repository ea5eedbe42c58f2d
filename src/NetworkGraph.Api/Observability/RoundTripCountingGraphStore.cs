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

    /// <summary>Replaces the last IGraphStore registration with this wrapper around it, keeping its lifetime.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registration = services.LastOrDefault(d => d.ServiceType == typeof(IGraphStore))
            ?? throw new InvalidOperationException("Register the graph store before its round-trip counter.");
        services.Remove(registration);
        services.Add(ServiceDescriptor.Describe(typeof(IGraphStore),
            provider => new RoundTripCountingGraphStore(Create(provider, registration), provider.GetRequiredService<IHttpContextAccessor>()),
            registration.Lifetime));
    }

    private static IGraphStore Create(IServiceProvider provider, ServiceDescriptor registration) =>
        (IGraphStore)(registration.ImplementationInstance
            ?? registration.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registration.ImplementationType!));
}
