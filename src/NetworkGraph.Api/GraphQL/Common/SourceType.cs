namespace NetworkGraph.Api.GraphQL.Common;

public sealed class SourceType : ObjectGraphType<SourceRef>
{
    public SourceType()
    {
        Name = "Source";
        Description = "Where a fact comes from: a report section, a decree, a news item.";
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("url").Resolve(c => c.Source.Url);
        Field<StringGraphType>("locator").Description("Where in the source: a section, an article, a page.").Resolve(c => c.Source.Locator);
    }
}
