using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Hardening;

/// <summary>
/// A store whose listing reads, once slowed, take longer than any timeout under test, honouring cancellation
/// as a real one would. It starts fast so the host can seed it.
/// </summary>
public sealed class SlowGraphStore(IGraphStore inner, TimeSpan delay) : DelegatingGraphStore(inner)
{
    public bool Slowed { get; set; }

    public override async Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        if (Slowed)
        {
            await Task.Delay(delay, cancellationToken);
        }
        return await base.FindNodesAsync(query, cancellationToken);
    }
}
