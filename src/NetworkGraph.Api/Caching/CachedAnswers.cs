using System.Text;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Analysis;
using NetworkGraph.Api.Execution;
using NetworkGraph.Core.Names;

namespace NetworkGraph.Api.Caching;

/// <summary>
/// Decides which reads may be answered from <see cref="ResultCache"/> and under which key. A key names all an answer
/// depends on: the document, the operation, the variables and extensions, what the caller may see (access profile
/// and organisation), the languages it reads names in, the day the request counts as today, the graph version and the analyses published. Only a query is kept, only when it executed
/// without any error (so no answer of a store away, of a time limit hit, or of an analysis still stale), only when
/// no local write ended and no analysis was published while it ran, and never one that asks how far the analysis
/// has got.
/// </summary>
public sealed class CachedAnswers(ResultCache cache, GraphVersionClock clock, LatestAnalysis analysis, IOptions<ResultCacheOptions> options)
{
    /// <summary>Where the answer to this request is kept, or null when it may not be.</summary>
    public async ValueTask<AnswerSlot?> SlotAsync(
        AdmittedRequest admitted, Viewer viewer, RequestGraphState state, LanguagePreference languages, CancellationToken cancellationToken)
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
        if (await state.TryReadAsync(cancellationToken).ConfigureAwait(false) is not { } read)
        {
            return null;
        }
        var request = admitted.Request;
        var key = new StringBuilder()
            .Append(admitted.Document.Serial).Append('\n')
            .Append(Validity.ToText(read.Today)).Append('\n')
            .Append(request.OperationName).Append('\n')
            .Append(viewer.AccessProfile).Append('\n')
            .Append(viewer.Org).Append('\n')
            .Append(languages.Key).Append('\n');
        InputValues.AppendKey(key, request.Variables);
        key.Append('\n');
        InputValues.AppendKey(key, request.Extensions);
        return new AnswerSlot(key.ToString(), read.CacheState, read.Moment);
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
