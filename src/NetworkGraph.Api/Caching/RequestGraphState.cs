using NetworkGraph.Api.Analysis;

namespace NetworkGraph.Api.Caching;

/// <summary>
/// The graph version and the analyses published as one request sees them, read once: its ETag and its place in the
/// result cache name the same state.
/// </summary>
public sealed class RequestGraphState(GraphVersionClock clock, LatestAnalysis analysis, RestrictedRankings restricted, RequestDate date)
{
    private Task<GraphState>? _read;

    /// <summary>
    /// The state, or null when the store cannot say its version: then neither a tag nor a kept answer is given, and
    /// the request executes and reports the store's failure as any read does.
    /// </summary>
    public async Task<GraphState?> TryReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await (_read ??= ReadOnceAsync(cancellationToken)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }

    private async Task<GraphState> ReadOnceAsync(CancellationToken cancellationToken)
    {
        // The publications and the published versions first: a state never claims an analysis newer than the one
        // read before the request ran.
        var publications = analysis.Publications;
        var analysed = analysis.Graph?.Version ?? -1;
        var ranked = analysis.Brokers?.Version ?? -1;
        var kept = restricted.Fingerprint;
        var moment = await clock.ReadAsync(cancellationToken).ConfigureAwait(false);
        analysis.Want(moment.Version);
        return new GraphState(moment, publications, analysed, ranked, kept, date.Today);
    }
}

/// <summary>
/// One request's reading: the graph version (and the local writes ended then), the number of analyses published in
/// this process, the graph versions of the published analysis and ranking, and the rankings restricted to a scope that
/// are kept (<see cref="RestrictedRankings.Fingerprint"/>), and the day it counts as today (answers without an
/// <c>asOf</c> are for it); all but the publications mean the same on every instance.
/// </summary>
public sealed record GraphState(GraphMoment Moment, long Publications, long AnalysedVersion, long RankedVersion, string RestrictedRankings, DateOnly Today)
{
    public CacheState CacheState => new(Moment.Version, Publications);
}
