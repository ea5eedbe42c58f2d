namespace NetworkGraph.Core.Feedback;

/// <summary>A feedback item asked to move where its lifecycle does not go; the message says where it can go instead.</summary>
public sealed class InvalidTransitionException(FeedbackStatus from, FeedbackStatus to)
    : Exception(FeedbackLifecycle.DescribeRefusal(from, to))
{
    public FeedbackStatus From { get; } = from;

    public FeedbackStatus To { get; } = to;
}
