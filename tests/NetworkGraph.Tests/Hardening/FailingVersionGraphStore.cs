using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Hardening;

/// <summary>A store that, once broken, fails its version read as an unreachable store would.</summary>
public sealed class FailingVersionGraphStore(IGraphStore inner) : DelegatingGraphStore(inner)
{
    public bool Broken { get; set; }

    public override Task<long> GetGraphVersionAsync(CancellationToken cancellationToken) =>
        Broken ? throw new GraphUnavailableException("The store is down.") : base.GetGraphVersionAsync(cancellationToken);
}
