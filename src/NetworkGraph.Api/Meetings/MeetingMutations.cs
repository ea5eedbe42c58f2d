using GraphQL.Types;
using NetworkGraph.Api.Auth;
using NetworkGraph.Api.GraphQL.Common;
using NetworkGraph.Api.GraphQL.Errors;
using NetworkGraph.Api.Mutations;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.Meetings;

public static class MeetingMutations
{
    public static void AddMeetingMutations(this ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<MeetingType>>("recordMeeting")
            .Description("Record a meeting of a network and who attended. Coordinators only.")
            .Argument<NonNullGraphType<RecordMeetingInputType>>("input")
            .Requires(Access.Coordinators)
            .ResolveAsync(async c =>
            {
                var input = MutationInput.From(c);
                var store = c.RequestServices!.GetRequiredService<IGraphStore>();
                var now = c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow();
                var attendeeIds = input.Ids("attendeeIds");
                var nodes = await NodeLookup.LoadAsync(store, [input.Id("networkId"), .. attendeeIds], c.CancellationToken);
                var network = nodes.Require(input.Id("networkId"), NodeLabel.Network, "networkId");
                var attendees = attendeeIds.Select(id => nodes.Require(id, NodeLabel.Institution, "attendeeIds")).ToList();
                var meeting = new NodeRecord
                {
                    Id = NodeIds.New("mtg", now),
                    Label = NodeLabel.Meeting,
                    Properties = new Dictionary<string, object?>
                    {
                        ["title"] = input.Text("title"),
                        ["date"] = input.OptionalDate("date") ?? throw UserError.BadInput("'input.date' is required."),
                        ["summary"] = input.Text("summary", 4000),
                    },
                    Sources = input.Sources(),
                };
                ModelCheck.EnsureValid(meeting);
                GraphWrite[] writes =
                [
                    new CreateNode(meeting),
                    new PutRelationship(new RelationshipRecord { Type = RelationshipType.Of, FromId = meeting.Id, ToId = network.Id }),
                    .. attendees.Select(a => new PutRelationship(new RelationshipRecord { Type = RelationshipType.Attended, FromId = a.Id, ToId = meeting.Id })),
                ];
                return await c.RequestServices!.GetRequiredService<AuditedWriter>()
                    .WriteAndReadAsync("recordMeeting", writes, [], meeting.Id, c.CancellationToken);
            });
}

public sealed class RecordMeetingInputType : InputObjectGraphType
{
    public RecordMeetingInputType()
    {
        Name = "RecordMeetingInput";
        Field<NonNullGraphType<IdGraphType>>("networkId");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<IsoDateGraphType>>("date");
        Field<NonNullGraphType<StringGraphType>>("summary");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("attendeeIds").Description("The institutions that attended.");
        Field<ListGraphType<NonNullGraphType<SourceInputType>>>("sources");
    }
}
