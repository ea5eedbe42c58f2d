namespace NetworkGraph.Api.Live;

/// <summary>
/// Tells this instance's <see cref="ChangeFeedHub"/> that a change was just committed here, so that its listeners
/// get it at once rather than at the next interval. Changes of other instances arrive by the interval.
/// </summary>
public sealed class LocalWrites
{
    private readonly SemaphoreSlim _committed = new(0, 1);

    public void Committed()
    {
        try
        {
            _committed.Release();
        }
        catch (SemaphoreFullException)
        {
            // A read is already due.
        }
    }

    /// <summary>Completes when a change was committed since the last wait.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => _committed.WaitAsync(cancellationToken);
}

/// <summary>Wraps the store to signal <see cref="LocalWrites"/> after every committed write.</summary>
public sealed class SignallingGraphStore(IGraphStore inner, LocalWrites writes) : DelegatingGraphStore(inner)
{
    public override async Task<WriteResult> WriteAsync(WriteBatch batch, CancellationToken cancellationToken)
    {
        var result = await base.WriteAsync(batch, cancellationToken);
        writes.Committed();
        return result;
    }
}
