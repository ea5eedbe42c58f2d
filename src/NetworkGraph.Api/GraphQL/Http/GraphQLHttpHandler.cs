using NetworkGraph.Api.Caching;
using NetworkGraph.Api.Execution;
using NetworkGraph.Api.Live.Transports;
using NetworkGraph.Api.Names;

namespace NetworkGraph.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP specification): the request reader admits the request or rejects it,
/// the executor runs it, and the response writer answers in the negotiated media type. A GET carries an ETag
/// (<see cref="EntityTags"/>) and is not executed when the caller already holds the current one. A subscription from a
/// client accepting text/event-stream, or any request from one accepting nothing else, is answered by
/// <see cref="ServerSentEventsTransport"/>. A read whose answer is kept in the result cache (<see cref="CachedAnswers"/>)
/// is answered from it without being validated or executed.
/// </summary>
public sealed class GraphQLHttpHandler(
    GraphQLRequestReader reader,
    GraphQLExecutor executor,
    GraphQLResponseWriter writer,
    EntityTags tags,
    CachedAnswers answers,
    ServerSentEventsTransport events)
{
    public async Task HandleAsync(HttpContext http)
    {
        var eventStream = MediaTypes.AcceptsEventStream(http.Request);
        var read = await reader.ReadAsync(http, eventStream);
        if (read.Admitted is { } streamed && eventStream
            && (streamed.Operation?.Definition.Operation == GraphQLParser.AST.OperationType.Subscription || MediaTypes.Negotiate(http.Request) is null))
        {
            // A subscription, or a client that accepts nothing but an event stream (graphql-sse); a client that lists
            // text/event-stream among JSON types gets its queries as JSON.
            await events.HandleAsync(http, streamed);
            return;
        }
        if (read.Admitted is not { } admitted)
        {
            await writer.WriteAsync(http, read.MediaType, read.Rejection!);
            return;
        }
        var viewer = http.RequestServices.GetRequiredService<Viewer>();
        // Names answer in the languages the request asks for, so a shared cache must keep one answer per language.
        http.Response.Headers.Vary = Microsoft.Net.Http.Headers.HeaderNames.AcceptLanguage;
        if (await tags.NotModifiedAsync(http, read.MediaType, viewer))
        {
            return;
        }
        var languages = http.RequestServices.GetRequiredService<RequestLanguage>().Preference;
        var slot = await answers.SlotAsync(admitted, viewer, http.RequestServices.GetRequiredService<RequestGraphState>(), languages, http.RequestAborted);
        if (slot is not null && answers.Find(slot) is { } kept)
        {
            await writer.WriteAnswerAsync(http, read.MediaType, kept);
            return;
        }
        var result = await executor.ExecuteAsync(admitted, http.User, http.RequestServices, http.RequestAborted);
        if (result.Errors is { Count: > 0 })
        {
            // An answer with errors may be one of a moment (the store away): no tag may keep it.
            http.Response.Headers.Remove(Microsoft.Net.Http.Headers.HeaderNames.ETag);
        }
        if (slot is null || result.Errors is { Count: > 0 })
        {
            // Nothing to keep: streamed as it is written.
            await writer.WriteAsync(http, read.MediaType, result);
            return;
        }
        var body = await writer.SerializeAsync(result, http.RequestAborted);
        answers.Keep(slot, result, body);
        await writer.WriteAnswerAsync(http, read.MediaType, body);
    }
}
