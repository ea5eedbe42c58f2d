namespace NetworkGraph.Api.Hosting;

/// <summary>Wraps the registered graph store in a decorator (counting, signalling, ...), one layer per call.</summary>
public static class GraphStoreDecoration
{
    /// <summary>Replaces the last IGraphStore registration with <paramref name="wrap"/> around it, keeping its lifetime.</summary>
    public static IServiceCollection DecorateGraphStore(this IServiceCollection services, Func<IServiceProvider, IGraphStore, IGraphStore> wrap)
    {
        var registration = services.LastOrDefault(d => d.ServiceType == typeof(IGraphStore))
            ?? throw new InvalidOperationException("Register the graph store before what wraps it.");
        services.Remove(registration);
        services.Add(ServiceDescriptor.Describe(typeof(IGraphStore), provider => wrap(provider, Create(provider, registration)), registration.Lifetime));
        return services;
    }

    private static IGraphStore Create(IServiceProvider provider, ServiceDescriptor registration) =>
        (IGraphStore)(registration.ImplementationInstance
            ?? registration.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registration.ImplementationType!));
}
