namespace NetworkGraph.Api.Feedback;

public sealed class SubmitFeedbackInputType : InputObjectGraphType
{
    public SubmitFeedbackInputType()
    {
        Name = "SubmitFeedbackInput";
        Description = "A bottom-up issue. Describe the situation, never a person: personal identifiers are refused.";
        Field<NonNullGraphType<StringGraphType>>("title").Description("At most 200 characters.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("At most 4000 characters.");
        Field<NonNullGraphType<IdGraphType>>("themeId");
        Field<IdGraphType>("raisedBy").Description("The raising institution; defaults to the caller's org. An NGO may only name its own.");
        Field<StringGraphType>("idempotencyKey").Description("Send the same key when retrying: the item is stored once.");
    }
}

public sealed class TriageFeedbackInputType : InputObjectGraphType
{
    public TriageFeedbackInputType()
    {
        Name = "TriageFeedbackInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<StringGraphType>("note");
    }
}

public sealed class RecordDiscussionInputType : InputObjectGraphType
{
    public RecordDiscussionInputType()
    {
        Name = "RecordDiscussionInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<IdGraphType>>("meetingId");
        Field<StringGraphType>("note");
    }
}

public sealed class EscalateFeedbackInputType : InputObjectGraphType
{
    public EscalateFeedbackInputType()
    {
        Name = "EscalateFeedbackInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<IdGraphType>>("networkId");
        Field<StringGraphType>("note");
    }
}

public sealed class NewPolicyChangeInputType : InputObjectGraphType
{
    public NewPolicyChangeInputType()
    {
        Name = "NewPolicyChangeInput";
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<StringGraphType>>("description");
        Field<NonNullGraphType<IsoDateGraphType>>("adoptedAt");
        Field<NonNullGraphType<EnumerationGraphType<GovernanceLevel>>>("level");
        Field<NonNullGraphType<IdGraphType>>("adoptedBy").Description("The institution that adopted it.");
        Field<ListGraphType<NonNullGraphType<SourceInputType>>>("sources");
    }
}

public sealed class ResolveFeedbackInputType : InputObjectGraphType
{
    public ResolveFeedbackInputType()
    {
        Name = "ResolveFeedbackInput";
        Description = "Give exactly one of policyChangeId (an existing policy change) and policyChange (a new one).";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<IdGraphType>("policyChangeId");
        Field<NewPolicyChangeInputType>("policyChange");
        Field<StringGraphType>("note");
    }
}

public sealed class ReportBackInputType : InputObjectGraphType
{
    public ReportBackInputType()
    {
        Name = "ReportBackInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<IdGraphType>("institutionId").Description("Who was told; defaults to the institution that raised the item.");
        Field<StringGraphType>("note");
    }
}

public sealed class DeclineFeedbackInputType : InputObjectGraphType
{
    public DeclineFeedbackInputType()
    {
        Name = "DeclineFeedbackInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the item is declined; required.");
    }
}
