using GraphQL.Types;

namespace NetworkGraph.Api.GraphQL.Filtering;

public static class WhereInputFields
{
    public static void NameContains(this InputObjectGraphType type) =>
        type.Field<StringGraphType>("nameContains")
            .Description("Part of the name or title, ignoring case and accents: \"penascal\" finds \"Peñascal\".");

    public static void AnyOf<TItemType>(this InputObjectGraphType type, string name, string description)
        where TItemType : IGraphType =>
        type.Field<ListGraphType<NonNullGraphType<TItemType>>>(name).Description(description + " Omitted or empty: no filter.");
}
