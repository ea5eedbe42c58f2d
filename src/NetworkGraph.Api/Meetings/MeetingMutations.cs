using NetworkGraph.Api.Mutations;
using NetworkGraph.Core.Meetings;

namespace NetworkGraph.Api.Meetings;

public static class MeetingMutations
{
    public static void AddMeetingMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<MeetingType>>("recordMeeting")
            .Description("Record a meeting of a network and who attended. Coordinators only.")
            .Argument<NonNullGraphType<RecordMeetingInputType>>("input")
            .Requires(Access.Coordinators)
            .Resolve()
            .WithServices<IGraphStore, TimeProvider, AuditedWriter>()
            .ResolveAsync(async (c, store, clock, writer) =>
            {
                var input = c.Input<RecordMeetingInput>();
                var nodes = await NodeLookup.LoadAsync(store, [input.NetworkId, .. input.AttendeeIds], c.CancellationToken);
                var meeting = new NewMeeting(
                    input.Title,
                    input.Date,
                    input.Summary,
                    nodes.Require(input.NetworkId, NodeLabel.Network, "networkId"),
                    [.. input.AttendeeIds.Select(id => nodes.Require(id, NodeLabel.Institution, "attendeeIds"))],
                    input.Sources);
                var id = NewMeeting.NewId(clock.GetUtcNow());
                return await writer.WriteAndReadAsync("recordMeeting", meeting.Plan(id), [], id, c.CancellationToken);
            });
}
