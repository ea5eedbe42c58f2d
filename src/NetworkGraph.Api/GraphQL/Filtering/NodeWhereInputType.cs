namespace NetworkGraph.Api.GraphQL.Filtering;

/// <summary><c>{Label}Where</c>: one list per filter the node type's <see cref="NodeFilter"/> has, and a name search.</summary>
public sealed class NodeWhereInputType<TNodeType> : InputObjectGraphType
    where TNodeType : IListedNodeType
{
    public NodeWhereInputType()
    {
        Name = $"{TNodeType.Filter.Label}Where";
        foreach (var field in TNodeType.Filter.Fields)
        {
            AddField(new FieldType
            {
                Name = field.Argument,
                Type = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(field.ItemType)),
                Description = field.Description + " Omitted or empty: no filter.",
            });
        }
        Field<StringGraphType>("nameContains")
            .Description("Part of the name or title, a name in any language, the acronym or the id, ignoring case and accents: \"penascal\" finds \"Peñascal\", \"gobierno vasco\" the Basque Government.");
    }
}
