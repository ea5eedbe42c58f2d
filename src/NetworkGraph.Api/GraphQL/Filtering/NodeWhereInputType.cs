using GraphQL.Types;

namespace NetworkGraph.Api.GraphQL.Filtering;

/// <summary><c>{Label}Where</c>: one list per filter the label's <see cref="NodeFilter"/> has, and a name search.</summary>
public abstract class NodeWhereInputType : InputObjectGraphType
{
    protected NodeWhereInputType(NodeFilter filter)
    {
        Name = $"{filter.Label}Where";
        foreach (var field in filter.Fields)
        {
            AddField(new FieldType
            {
                Name = field.Argument,
                Type = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(field.ItemType)),
                Description = field.Description + " Omitted or empty: no filter.",
            });
        }
        Field<StringGraphType>("nameContains")
            .Description("Part of the name or title, ignoring case and accents: \"penascal\" finds \"Peñascal\".");
    }
}
