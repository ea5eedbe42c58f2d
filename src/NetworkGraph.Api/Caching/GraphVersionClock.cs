using Microsoft.Extensions.Options;
using NetworkGraph.Api.Live;

namespace NetworkGraph.Api.Caching;

/// <summary>
/// The graph version as this instance knows it, without a store round trip per request. A write made here makes the
/// next reader read the store's version again at once; otherwise the version read is trusted for
/// <see cref="ResultCacheOptions.RemoteWriteBound"/>, the bound on how late another instance's write is seen.
/// </summary>
public sealed class GraphVersionClock(IGraphStore store, LocalWrites writes, IOptions<ResultCacheOptions> options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private Known? _known;

    /// <summary>The graph version now, and how many local writes had ended when it was read (see <see cref="Unchanged"/>).</summary>
    public async ValueTask<GraphMoment> ReadAsync(CancellationToken cancellationToken)
    {
        var ended = writes.Ended;
        var known = Volatile.Read(ref _known);
        if (known is not null && known.Ended == ended && time.GetElapsedTime(known.ReadAt) < options.Value.RemoteWriteBound)
        {
            return new GraphMoment(known.Version, ended);
        }
        var readAt = time.GetTimestamp();
        var version = await store.GetGraphVersionAsync(cancellationToken).ConfigureAwait(false);
        // Under the gate only so that two readings do not overwrite a newer one with an older.
        lock (_gate)
        {
            // Only a reading no local write could have overtaken is trusted by later readers.
            if (writes.Ended == ended && (_known is null || _known.Version <= version))
            {
                Volatile.Write(ref _known, new Known(version, ended, readAt));
            }
        }
        return new GraphMoment(version, ended);
    }

    /// <summary>Whether no write of this instance ended since <paramref name="moment"/> was read.</summary>
    public bool Unchanged(GraphMoment moment) => writes.Ended == moment.LocalWritesEnded;

    private sealed record Known(long Version, long Ended, long ReadAt);
}

/// <summary>A graph version, and the count of local writes that had ended when it was read.</summary>
public readonly record struct GraphMoment(long Version, long LocalWritesEnded);
