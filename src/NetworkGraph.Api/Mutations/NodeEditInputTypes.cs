using NetworkGraph.Core.Schema;

namespace NetworkGraph.Api.Mutations;

/// <summary><c>Create{Label}Input</c>: the label's properties as the model requires them, an optional id and sources.</summary>
[DoNotRegister] // Built per label or link by the mutations, not resolved from the container.
public sealed class CreateNodeInputType : InputObjectGraphType
{
    public CreateNodeInputType(NodeLabel label)
    {
        Name = $"Create{label}Input";
        Field<IdGraphType>("id").Description("A slug; derived from the name or title when omitted.");
        this.AddPropertyFields(GraphSchema.Nodes[label], allRequired: false, noneRequired: false);
        Field<ListGraphType<NonNullGraphType<SourceInputType>>>("sources");
    }
}

/// <summary><c>Update{Label}Input</c>: the id, the version the caller read, and the properties to change (null clears an optional one).</summary>
[DoNotRegister] // Built per label or link by the mutations, not resolved from the container.
public sealed class UpdateNodeInputType : InputObjectGraphType
{
    public UpdateNodeInputType(NodeLabel label)
    {
        Name = $"Update{label}Input";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<IntGraphType>>("expectedVersion").Description("The version you read; a stale one gets CONFLICT.");
        this.AddPropertyFields(GraphSchema.Nodes[label], allRequired: false, noneRequired: true);
        Field<ListGraphType<NonNullGraphType<SourceInputType>>>("sources").Description("Replaces the sources when given.");
    }
}

public sealed class DeleteNodeInputType : InputObjectGraphType
{
    public DeleteNodeInputType()
    {
        Name = "DeleteNodeInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<IntGraphType>("expectedVersion").Description("When given, a stale version gets CONFLICT.");
        Field<BooleanGraphType>("detach")
            .Description("Also remove the node's relationships. Without it, deleting a node others point to is refused with CONFLICT.");
    }
}

/// <summary><c>Put{Name}Input</c> / <c>Remove{Name}Input</c>: a relationship's two ends by id, and (for put) its properties and sources.</summary>
[DoNotRegister] // Built per label or link by the mutations, not resolved from the container.
public sealed class LinkInputType : InputObjectGraphType
{
    public LinkInputType(EditableLink link, bool put)
    {
        Name = $"{(put ? "Put" : "Remove")}{link.Name}Input";
        Field<NonNullGraphType<IdGraphType>>(link.FromField);
        Field<NonNullGraphType<IdGraphType>>(link.ToField);
        if (put)
        {
            this.AddPropertyFields(GraphSchema.Relationships[link.Type].Properties, allRequired: false, noneRequired: false);
            Field<ListGraphType<NonNullGraphType<SourceInputType>>>("sources");
        }
    }
}
