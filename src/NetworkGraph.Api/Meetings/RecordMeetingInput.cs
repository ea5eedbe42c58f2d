using NetworkGraph.Api.Mutations;

namespace NetworkGraph.Api.Meetings;

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

public sealed record RecordMeetingInput(
    IReadOnlyList<string> AttendeeIds, string NetworkId, string Title, string Date, string Summary, IReadOnlyList<SourceRef> Sources)
    : IMutationInput<RecordMeetingInput>
{
    public static RecordMeetingInput Read(InputReader input) => new(
        input.Ids("attendeeIds"),
        input.Id("networkId"),
        input.Text("title"),
        input.Date("date"),
        input.Text("summary", 4000),
        input.Sources());
}
