using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Support;

/// <summary>A store whose reads for the analysis (the whole graph, the change feed) can be held, to stand for a build that takes its time.</summary>
public sealed class HeldSnapshots(IGraphStore inner) : DelegatingGraphStore(inner)
{
    private TaskCompletionSource? _hold;

    public void Hold() => Volatile.Write(ref _hold, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void Release() => Volatile.Read(ref _hold)?.TrySetResult();

    public override async Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        await WhileHeldAsync(cancellationToken);
        return await base.GetSnapshotAsync(cancellationToken);
    }

    public override async Task<IReadOnlyList<AuditEvent>> GetChangesAsync(long afterGraphVersion, int limit, CancellationToken cancellationToken)
    {
        await WhileHeldAsync(cancellationToken);
        return await base.GetChangesAsync(afterGraphVersion, limit, cancellationToken);
    }

    private Task WhileHeldAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _hold)?.Task.WaitAsync(cancellationToken) ?? Task.CompletedTask;
}
