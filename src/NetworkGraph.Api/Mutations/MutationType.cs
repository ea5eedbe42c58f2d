using NetworkGraph.Api.Feedback;
using NetworkGraph.Api.Meetings;

namespace NetworkGraph.Api.Mutations;

public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddFeedbackMutations();
        this.AddMeetingMutations();
        this.AddGraphEditing();
        this.AddImport();
    }
}
