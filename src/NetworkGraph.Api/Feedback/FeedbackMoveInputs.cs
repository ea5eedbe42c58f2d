using NetworkGraph.Api.Mutations;
using NetworkGraph.Core.Feedback;

namespace NetworkGraph.Api.Feedback;

/// <summary>The input of a lifecycle move: the item it moves, the other nodes it names, and the Core move once they are loaded.</summary>
public interface IFeedbackMoveInput<TSelf> : IMutationInput<TSelf> where TSelf : IFeedbackMoveInput<TSelf>
{
    string Id { get; }

    /// <summary>The ids the move names besides the item, loaded with it in one round trip.</summary>
    IEnumerable<string> References { get; }

    FeedbackMove ToMove(NodeLookup nodes);

    /// <summary>Fills in what the caller may leave out and the store knows; most moves leave nothing out.</summary>
    Task<TSelf> CompleteAsync(IGraphStore store, CancellationToken cancellationToken) => Task.FromResult((TSelf)this);
}

public sealed record TriageFeedbackInput(string Id, string? Note) : IFeedbackMoveInput<TriageFeedbackInput>
{
    public IEnumerable<string> References => [];

    public static TriageFeedbackInput Read(InputReader input) => new(input.Id("id"), input.OptionalText("note", FeedbackMutations.NoteLength));

    public FeedbackMove ToMove(NodeLookup nodes) => new FeedbackMove.Triage(Note);
}

public sealed record RecordDiscussionInput(string Id, string MeetingId, string? Note) : IFeedbackMoveInput<RecordDiscussionInput>
{
    public IEnumerable<string> References => [MeetingId];

    public static RecordDiscussionInput Read(InputReader input) =>
        new(input.Id("id"), input.Id("meetingId"), input.OptionalText("note", FeedbackMutations.NoteLength));

    public FeedbackMove ToMove(NodeLookup nodes) =>
        new FeedbackMove.RecordDiscussion(nodes.Require(MeetingId, NodeLabel.Meeting, "meetingId"), Note);
}

public sealed record EscalateFeedbackInput(string Id, string NetworkId, string? Note) : IFeedbackMoveInput<EscalateFeedbackInput>
{
    public IEnumerable<string> References => [NetworkId];

    public static EscalateFeedbackInput Read(InputReader input) =>
        new(input.Id("id"), input.Id("networkId"), input.OptionalText("note", FeedbackMutations.NoteLength));

    public FeedbackMove ToMove(NodeLookup nodes) =>
        new FeedbackMove.Escalate(nodes.Require(NetworkId, NodeLabel.Network, "networkId"), Note);
}

public sealed record DeclineFeedbackInput(string Id, string Reason) : IFeedbackMoveInput<DeclineFeedbackInput>
{
    public IEnumerable<string> References => [];

    public static DeclineFeedbackInput Read(InputReader input) => new(input.Id("id"), input.Text("reason", FeedbackMutations.NoteLength));

    public FeedbackMove ToMove(NodeLookup nodes) => new FeedbackMove.Decline(Reason);
}
