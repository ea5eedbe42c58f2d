namespace NetworkGraph.Api.GraphQL.Common;

public sealed class SourceInputType : InputObjectGraphType
{
    public SourceInputType()
    {
        Name = "SourceInput";
        Description = "Where a fact comes from.";
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<StringGraphType>("url");
        Field<StringGraphType>("locator");
    }
}
