using NetworkGraph.Api.Analysis;

namespace NetworkGraph.Api.Live;

/// <summary>
/// The root of live updates (docs/architecture.md §4, "Live updates"). Opening a subscription runs a field's stream
/// resolver, which checks its arguments (<see cref="LiveSubscriptionRequest"/>); each event then executes the
/// subscription's selection as a query whose root value is the event, so every field is resolved, and every row
/// checked, exactly as a query by the same caller would be.
/// </summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public const string FeedbackChanged = "feedbackChanged";
    public const string GraphChanged = "graphChanged";
    public const string DashboardChanged = "dashboardChanged";

    /// <summary>The most ids <c>feedbackChanged</c> follows at once.</summary>
    public const int MaxIds = 100;

    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "Live updates, over a WebSocket (graphql-transport-ws) or Server-Sent Events (Accept: text/event-stream) at /graphql.";

        Field<NonNullGraphType<FeedbackChangeType>>(FeedbackChanged)
            .Description("Feedback items the caller may see, when one is submitted or changes status, in commit order.")
            .Argument<StringGraphType>("after", "A cursor from an earlier event: replays every later change first, then continues live.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("ids", $"Only these items (at most {MaxIds}). Omitted: every item the caller may see.")
            .Requires(Access.FeedbackReaders)
            .ResolveStreamAsync(c => LiveSubscriptionRequest.OpenAsync(c, LiveFeed.Feedback))
            .Resolve(c => c.Source as FeedbackChangeEvent ?? throw new InvalidOperationException("A feedback event was expected."));

        Field<NonNullGraphType<GraphChangeType>>(GraphChanged)
            .Description("Every committed change to the graph, in commit order (feedback ids only where the caller may see them).")
            .Argument<StringGraphType>("after", "A cursor from an earlier event: replays every later change first, then continues live.")
            .ResolveStreamAsync(c => LiveSubscriptionRequest.OpenAsync(c, LiveFeed.Graph))
            .Resolve(c => c.Source as GraphChangeEvent ?? throw new InvalidOperationException("A graph event was expected."));

        Field<NonNullGraphType<DashboardType>>(DashboardChanged)
            .Description("The dashboard's figures after a change; at most one event a second.")
            .ResolveStreamAsync(c => LiveSubscriptionRequest.OpenAsync(c, LiveFeed.Dashboard))
            .Answer((c, analysis) => analysis.Dashboard());
    }
}
