using System.Text.Json;

namespace NetworkGraph.Api.Live;

/// <summary>The answers that end a stream early, as GraphQL results: each says where to resume when there is a cursor.</summary>
public static class LiveErrors
{
    /// <summary>Why a stream failed before it was complete, as a GraphQL result in JSON (<c>{"errors": [...]}</c>).</summary>
    public static byte[] Failed(Exception failure, FeedCursor? lastCursor) => Errors(failure, lastCursor, asResult: true);

    /// <summary>The same as <see cref="Failed"/>, as the bare list of errors a graphql-transport-ws <c>error</c> message carries.</summary>
    public static byte[] FailedErrors(Exception failure, FeedCursor? lastCursor) => Errors(failure, lastCursor, asResult: false);

    /// <summary>The caller's token expired while the stream was open.</summary>
    public static byte[] TokenExpired(FeedCursor? lastCursor) =>
        Write(ErrorCodes.Unauthenticated, "The token expired; subscribe again with a new one, resuming from the last cursor.", lastCursor, asResult: true);

    private static byte[] Errors(Exception failure, FeedCursor? lastCursor, bool asResult) => failure is SlowConsumerException
        ? Write(SlowConsumerException.Code,
            "The stream fell more than its buffer behind and was ended; subscribe again with 'after' (or Last-Event-ID) set to the last cursor.",
            lastCursor, asResult)
        : Write(ErrorCodes.StoreUnavailable, "The change feed could not be read; subscribe again from the last cursor.", lastCursor, asResult);

    private static byte[] Write(string code, string message, FeedCursor? lastCursor, bool asResult)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            if (asResult)
            {
                json.WriteStartObject();
                json.WritePropertyName("errors");
            }
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("message", message);
            json.WriteStartObject("extensions");
            json.WriteString("code", code);
            if (lastCursor is { } cursor)
            {
                json.WriteString("cursor", cursor.Text);
            }
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            if (asResult)
            {
                json.WriteEndObject();
            }
        }
        return buffer.ToArray();
    }
}
