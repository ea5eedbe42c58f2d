using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

/// <summary>The <c>changes</c> question: the dated links that appeared and disappeared between two dates.</summary>
public static class ChangesField
{
    public static void AddChanges(this ObjectGraphType query, string territoryDescription) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkChangeType>>>>("changes")
            .Description(
                "The links that appeared (validFrom) or disappeared (validTo) on a day after 'from' and no later than 'to', "
                + "by day, then relationship type, start and end. A link that came and went in between is listed twice.")
            .Argument<NonNullGraphType<IsoDateGraphType>>("from")
            .Argument<NonNullGraphType<IsoDateGraphType>>("to")
            .Argument<IdGraphType>("territory", territoryDescription + " A link is listed when both its ends are in the territory's scope on 'from' or on 'to'.")
            .MinVersionArgument()
            .Answer((c, analysis) => analysis.Changes(Date(c, "from"), Date(c, "to"), c.Territory()));

    private static DateOnly Date(IResolveFieldContext context, string name) =>
        Validity.Parse(context.GetArgument<string>(name)) ?? throw new AnalysisInputException($"'{name}' must be a date written yyyy-MM-dd.");
}

public sealed class LinkChangeType : ObjectGraphType<LinkChange>
{
    public LinkChangeType()
    {
        Name = "LinkChange";
        Description = "A dated link that appeared or disappeared on a day.";
        Field<NonNullGraphType<IsoDateGraphType>>("on").Description("The day: the link's validFrom when it appeared, its validTo when it disappeared.")
            .Resolve(c => Validity.ToText(c.Source.On));
        Field<NonNullGraphType<EnumerationGraphType<LinkChangeKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<EnumerationGraphType<RelationshipType>>>("relationship").Description("The type of the relationship.")
            .Resolve(c => c.Source.Relationship.Type);
        Field<NonNullGraphType<NodeInterface>>("from").Description("Where the relationship starts.").AnalysedNode(source => source.Relationship.FromId);
        Field<NonNullGraphType<NodeInterface>>("to").Description("Where the relationship ends.").AnalysedNode(source => source.Relationship.ToId);
        Field<IsoDateGraphType>("validFrom").Resolve(c => c.Source.Relationship.GetString(Validity.From));
        Field<IsoDateGraphType>("validTo").Resolve(c => c.Source.Relationship.GetString(Validity.To));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").Description("Where the fact of this link comes from.")
            .Resolve(c => c.Source.Relationship.Sources);
    }
}
