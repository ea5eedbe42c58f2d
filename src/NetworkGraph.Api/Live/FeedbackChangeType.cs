using NetworkGraph.Api.Analysis;
using NetworkGraph.Api.Feedback;
using NetworkGraph.Api.GraphQL.Loading;

namespace NetworkGraph.Api.Live;

public sealed class FeedbackChangeType : ObjectGraphType<FeedbackChangeEvent>
{
    public FeedbackChangeType()
    {
        Name = "FeedbackChange";
        Description = "A feedback item was submitted or changed status.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("This event's position in the change feed: pass it as 'after' to resume after it.")
            .Resolve(c => c.Source.Position.Text);
        Field<NonNullGraphType<FeedbackItemType>>("item")
            .Description("The item as it is now.")
            .Resolve()
            .WithService<GraphLoaders>()
            .Resolve((c, loaders) => loaders.Node(c.Source.ItemId).Select(node =>
                node ?? throw UserError.NotFound($"The feedback item '{c.Source.ItemId}' no longer exists.")));
        Field<EnumerationGraphType<FeedbackStatus>>("from")
            .Description("Its status before the change; null for a submission.")
            .Answer((c, analysis) => analysis.Node(c.Source.ItemId) is null ? null : FeedbackStatusChanges.StatusBefore(analysis.FeedbackTrace(c.Source.ItemId), c.Source));
        Field<NonNullGraphType<EnumerationGraphType<FeedbackStatus>>>("to").Description("Its status after the change.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<DateTimeGraphType>>("at").Description("When the change was committed.").Resolve(c => c.Source.At.UtcDateTime);
    }
}
