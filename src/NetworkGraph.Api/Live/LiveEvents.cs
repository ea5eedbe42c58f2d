namespace NetworkGraph.Api.Live;

/// <summary>What a subscription's events are about: the root field it selected.</summary>
public enum LiveFeed { Feedback, Graph, Dashboard }

/// <summary>
/// One event of a live stream, the root value its selection is executed on. <see cref="Key"/> names the event among
/// every stream's (streams with the same document and caller share one execution of it).
/// </summary>
public abstract record LiveEvent(long GraphVersion)
{
    public abstract LiveEventKey Key { get; }

    /// <summary>Its position in the change feed, or null for events that are a moment, not a change (the dashboard).</summary>
    public abstract FeedCursor? Cursor { get; }
}

/// <summary>A feedback item was submitted or moved to <paramref name="To"/> by the change at <paramref name="Position"/>.</summary>
public sealed record FeedbackChangeEvent(FeedCursor Position, string ItemId, FeedbackStatus To, DateTimeOffset At)
    : LiveEvent(Position.GraphVersion)
{
    public override LiveEventKey Key => new(LiveFeed.Feedback, Position.GraphVersion, Position.Ordinal);

    public override FeedCursor? Cursor => Position;
}

/// <summary>A committed change to the graph, as the audit trail records it.</summary>
public sealed record GraphChangeEvent(AuditEvent Change) : LiveEvent(Change.GraphVersion)
{
    public FeedCursor Position { get; } = new(Change.GraphVersion, 0);

    public override LiveEventKey Key => new(LiveFeed.Graph, Position.GraphVersion, Position.Ordinal);

    public override FeedCursor? Cursor => Position;
}

/// <summary>The dashboard's figures are due: the graph is at <paramref name="GraphVersion"/> or later.</summary>
public sealed record DashboardEvent(long GraphVersion) : LiveEvent(GraphVersion)
{
    public override LiveEventKey Key => new(LiveFeed.Dashboard, GraphVersion, 0);

    public override FeedCursor? Cursor => null;
}

/// <summary>Which event, of which feed: equal for the same change in every stream of that feed.</summary>
public readonly record struct LiveEventKey(LiveFeed Feed, long GraphVersion, int Ordinal);
