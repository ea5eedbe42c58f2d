using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Analysis;
using NetworkGraph.Api.Execution;

namespace NetworkGraph.Api.Caching;

/// <summary>
/// Decides which reads may be answered from <see cref="ResultCache"/> and under which key. A key names all an answer
/// depends on: the document, the operation, the variables and extensions, what the caller may see (access profile
/// and organisation), the graph version and the analyses published. Only a query is kept, only when it executed
/// without any error (so no answer of a store away, of a time limit hit, or of an analysis still stale), only when
/// no local write ended and no analysis was published while it ran, and never one that asks how far the analysis
/// has got.
/// </summary>
public sealed class CachedAnswers(
    ResultCache cache, GraphVersionClock clock, LatestAnalysis analysis, IGraphQLTextSerializer serializer, IOptions<ResultCacheOptions> options)
{
    /// <summary>Where the answer to this request is kept, or null when it may not be.</summary>
    public async ValueTask<AnswerSlot?> SlotAsync(AdmittedRequest admitted, Viewer viewer, CancellationToken cancellationToken)
    {
        // Only an operation that already passed validation for this caller's profile can have a kept answer: one that
        // has not is executed (and validated) as it is, and a request refused by validation never reads the store.
        if (!options.Value.Enabled
            || admitted.Operation is not { Definition.Operation: OperationType.Query } operation
            || !operation.ValidatedFor(viewer.AccessProfile)
            || admitted.Document.SelectsAnalysisStatus)
        {
            return null;
        }
        // The publications first: an answer never claims an analysis newer than the one read before it ran.
        var publications = analysis.Publications;
        GraphMoment moment;
        try
        {
            moment = await clock.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store is away: the request executes, and reports that as any read does.
            return null;
        }
        var request = admitted.Request;
        var key = string.Join('\n',
            admitted.Document.Serial,
            request.OperationName,
            viewer.AccessProfile,
            viewer.Org,
            request.Variables is null ? "" : serializer.Serialize(request.Variables),
            request.Extensions is null ? "" : serializer.Serialize(request.Extensions));
        return new AnswerSlot(key, new CacheState(moment.Version, publications), moment);
    }

    public byte[]? Find(AnswerSlot slot) => cache.Find(slot.State, slot.Key);

    /// <summary>Keeps the serialized answer when nothing it was computed from moved while it ran.</summary>
    public void Keep(AnswerSlot slot, ExecutionResult result, byte[] body)
    {
        if (result.Executed && result.Errors is not { Count: > 0 }
            && clock.Unchanged(slot.Moment) && analysis.Publications == slot.State.AnalysisPublications)
        {
            cache.Keep(slot.State, slot.Key, body);
        }
    }
}

/// <summary>One request's place in the result cache.</summary>
public sealed record AnswerSlot(string Key, CacheState State, GraphMoment Moment);
