namespace NetworkGraph.Api.Live;

/// <summary>The errors that end a stream early: each says where to resume (<c>extensions.cursor</c>) when there is a cursor.</summary>
public static class LiveErrors
{
    /// <summary>Why a stream failed before it was complete.</summary>
    public static ExecutionError Failed(Exception failure, FeedCursor? lastCursor) => failure is SlowConsumerException
        ? Error(SlowConsumerException.Code,
            "The stream fell more than its buffer behind and was ended; subscribe again with 'after' (or Last-Event-ID) set to the last cursor.",
            lastCursor)
        : Error(ErrorCodes.StoreUnavailable, "The change feed could not be read; subscribe again from the last cursor.", lastCursor);

    /// <summary>The caller's token expired while the stream was open.</summary>
    public static ExecutionError TokenExpired(FeedCursor? lastCursor) =>
        Error(ErrorCodes.Unauthenticated, "The token expired; subscribe again with a new one, resuming from the last cursor.", lastCursor);

    private static UserError Error(string code, string message, FeedCursor? lastCursor)
    {
        var error = new UserError(code, message);
        if (lastCursor is { } cursor)
        {
            error.Extensions = new Dictionary<string, object?> { ["cursor"] = cursor.Text };
        }
        return error;
    }
}
