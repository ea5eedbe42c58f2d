using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.Observability;

/// <summary>
/// Wraps the registered store to count every port call against the current request's
/// <see cref="RoundTripCounter"/> (every call is one round trip); calls outside a request are not counted.
/// </summary>
public sealed class RoundTripCountingGraphStore(IGraphStore inner, IHttpContextAccessor accessor) : IGraphStore
{
    public IGraphStore Inner => inner;

    public Task<IReadOnlyList<NodeRecord>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Counted(inner.GetNodesAsync(ids, cancellationToken));

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken) =>
        Counted(inner.FindNodesAsync(query, cancellationToken));

    public Task<IReadOnlyList<RelationshipRecord>> ExpandAsync(
        IReadOnlyCollection<string> nodeIds, Direction direction, IReadOnlyCollection<RelationshipType> types, CancellationToken cancellationToken) =>
        Counted(inner.ExpandAsync(nodeIds, direction, types, cancellationToken));

    public Task<Expansion> ExpandWithEndsAsync(
        IReadOnlyCollection<string> nodeIds, Direction direction, IReadOnlyCollection<RelationshipType> types, CancellationToken cancellationToken) =>
        Counted(inner.ExpandWithEndsAsync(nodeIds, direction, types, cancellationToken));

    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken) => Counted(inner.GetGraphVersionAsync(cancellationToken));

    public Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken) => Counted(inner.GetSnapshotAsync(cancellationToken));

    public Task<WriteResult> WriteAsync(WriteBatch batch, CancellationToken cancellationToken) => Counted(inner.WriteAsync(batch, cancellationToken));

    public Task<AuditPage> FindAuditEventsAsync(AuditQuery query, CancellationToken cancellationToken) =>
        Counted(inner.FindAuditEventsAsync(query, cancellationToken));

    private Task<T> Counted<T>(Task<T> call)
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
