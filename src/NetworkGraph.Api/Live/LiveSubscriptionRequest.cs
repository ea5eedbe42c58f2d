namespace NetworkGraph.Api.Live;

/// <summary>
/// What a subscription root field's stream resolver answers: what to follow, checked, for the transport to open as a
/// <see cref="LiveStream"/>. It is not an event source itself: the transports read the stream with backpressure.
/// </summary>
public sealed record LiveSubscriptionRequest(LiveFeed Feed, FeedCursor? After, IReadOnlySet<string>? Ids) : IObservable<object?>
{
    public IDisposable Subscribe(IObserver<object?> observer) =>
        throw new NotSupportedException("A live subscription is read through LiveStream by the WebSocket and SSE transports.");

    /// <summary>
    /// The stream resolver of a root field: reads its arguments, refuses a cursor this service did not give or one
    /// ahead of the feed (BAD_USER_INPUT); a transport's resume cursor (Last-Event-ID) takes the place of <c>after</c>.
    /// </summary>
    public static async Task<IObservable<object?>> OpenAsync(IResolveFieldContext context, LiveFeed feed)
    {
        if (feed == LiveFeed.Dashboard)
        {
            return new LiveSubscriptionRequest(feed, null, null);
        }
        var resume = (context.UserContext as SubscriptionOpening)?.ResumeAfter;
        var services = context.RequestServices!;
        var after = await AfterAsync(resume ?? context.GetArgument<string?>("after"), services.GetRequiredService<IGraphStore>(),
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LiveOptions>>().Value.MaxReplay, context.CancellationToken);
        var ids = feed == LiveFeed.Feedback && context.GetArgument<List<string>?>("ids") is { } list ? Checked(list) : null;
        return new LiveSubscriptionRequest(feed, after, ids);
    }

    private static async Task<FeedCursor?> AfterAsync(string? text, IGraphStore store, int maxReplay, CancellationToken cancellationToken)
    {
        if (text is null)
        {
            return null;
        }
        if (!FeedCursor.TryParse(text, out var cursor))
        {
            throw UserError.BadInput($"'{Shorten(text)}' is not a cursor of this service's change feed.");
        }
        var newest = await store.GetGraphVersionAsync(cancellationToken);
        if (cursor.GraphVersion > newest)
        {
            throw UserError.BadInput($"The cursor '{Shorten(text)}' is unknown: it is ahead of this graph's change feed.");
        }
        return newest - cursor.GraphVersion <= maxReplay
            ? cursor
            : throw Limits.LimitErrors.Exceeded("Live:MaxReplay", maxReplay,
                $"The cursor is {newest - cursor.GraphVersion} changes behind, more than the {maxReplay} a subscription may replay: "
                + "read the current state with a query, then subscribe without 'after'.");
    }

    private static HashSet<string> Checked(List<string> ids)
    {
        if (ids.Count > SubscriptionType.MaxIds)
        {
            throw UserError.BadInput($"'ids' names {ids.Count} items; at most {SubscriptionType.MaxIds} can be followed at once.");
        }
        return ids.Select(id => RootFields.ValidId(id, "ids")).ToHashSet(StringComparer.Ordinal);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
