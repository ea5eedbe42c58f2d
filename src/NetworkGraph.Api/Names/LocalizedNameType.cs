using NetworkGraph.Core.Names;

namespace NetworkGraph.Api.Names;

public sealed class LocalizedNameType : ObjectGraphType<LocalizedName>
{
    public LocalizedNameType()
    {
        Name = "LocalizedName";
        Description = "A name in one language. An official name is the one the institution or the official gazette uses, with its source; one that is not official is a translation made for convenience.";
        Field<NonNullGraphType<StringGraphType>>("lang").Description("A BCP 47 language tag: eu, es, en ...").Resolve(c => c.Source.Lang);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<BooleanGraphType>>("official").Description("False for a translation made for convenience: never present it as an official name.").Resolve(c => c.Source.Official);
        Field<SourceType>("source").Description("Where the official name is used; may be null for a translation.").Resolve(c => c.Source.Source);
    }
}
