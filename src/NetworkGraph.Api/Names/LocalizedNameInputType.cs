namespace NetworkGraph.Api.Names;

public sealed class LocalizedNameInputType : InputObjectGraphType
{
    public LocalizedNameInputType()
    {
        Name = "LocalizedNameInput";
        Description = "A name in one language. An official name needs a source: the institution's own site or the official gazette.";
        Field<NonNullGraphType<StringGraphType>>("lang").Description("A BCP 47 language tag: eu, es, en ...");
        Field<NonNullGraphType<StringGraphType>>("text").Description($"At most {Core.Names.LocalizedNames.MaxTextLength} characters.");
        Field<NonNullGraphType<BooleanGraphType>>("official").DefaultValue(false).Description("True only for the name the institution or the official gazette uses.");
        Field<SourceInputType>("source");
    }
}
